package com.bizosaas.platform.boundary;

import com.bizosaas.platform.entity.Announcement;
import com.bizosaas.platform.entity.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an operator fills in to publish an announcement. The text is optional: a title can say it all. */
public record NewAnnouncement(
        @NotBlank(message = "title is required") @Size(max = Announcement.TITLE_MAX, message = "title is longer than {max} characters") String title,
        @Size(max = Announcement.BODY_MAX, message = "body is longer than {max} characters") String body,
        @NotNull(message = "severity is required (INFO, WARNING or CRITICAL)") Severity severity) {

    public NewAnnouncement {
        body = body == null ? "" : body;
    }
}
