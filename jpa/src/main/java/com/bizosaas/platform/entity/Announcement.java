package com.bizosaas.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A notice the platform operator publishes for everyone on the status page. Immutable once published. */
@Entity
@Table(name = "announcement")
@NamedQuery(name = Announcement.NEWEST_FIRST,
        query = "select a from Announcement a where (:severity is null or a.severity = :severity) order by a.publishedAt desc, a.id")
@NamedQuery(name = Announcement.COUNT,
        query = "select count(a) from Announcement a where (:severity is null or a.severity = :severity)")
public class Announcement implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NEWEST_FIRST = "Announcement.newestFirst";
    public static final String COUNT = "Announcement.count";
    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 4000;

    @Id
    private UUID id;

    @NotBlank
    @Size(max = TITLE_MAX)
    private String title;

    @NotNull
    @Size(max = BODY_MAX)
    private String body;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Severity severity;

    @NotNull
    @Column(name = "published_at")
    private Instant publishedAt;

    @NotBlank
    @Column(name = "published_by")
    private String publishedBy;

    protected Announcement() {
        // for JPA
    }

    public Announcement(String title, String body, Severity severity, String publishedBy, Instant publishedAt) {
        this.id = UUID.randomUUID();
        this.title = Objects.requireNonNull(title).strip();
        this.body = Objects.requireNonNull(body);
        this.severity = Objects.requireNonNull(severity);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
