package com.bizosaas.platform.api;

import com.bizosaas.platform.entity.Announcement;
import com.bizosaas.platform.entity.Severity;

import java.time.Instant;
import java.util.UUID;

/** An announcement as the API shows it. */
public record AnnouncementJson(UUID id, String title, String body, Severity severity, Instant publishedAt, String publishedBy) {

    static AnnouncementJson of(Announcement a) {
        return new AnnouncementJson(a.getId(), a.getTitle(), a.getBody(), a.getSeverity(), a.getPublishedAt(), a.getPublishedBy());
    }
}
