package com.bizosaas.platform.console;

import com.bizosaas.console.Messages;
import com.bizosaas.console.PagedModel;
import com.bizosaas.platform.boundary.Announcements;
import com.bizosaas.platform.boundary.NewAnnouncement;
import com.bizosaas.platform.entity.Announcement;
import com.bizosaas.platform.entity.Severity;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** Announcements on the status page: a lazy, filterable table and the form to publish one. */
@Named
@ViewScoped
public class AnnouncementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Announcements announcements;

    private String title;
    private String body = "";
    private Severity severity = Severity.INFO;

    private final PagedModel<Announcement> model = new PagedModel<>(
            (filters, page) -> announcements.list(severityFilter(PagedModel.filter(filters, "severity")), page),
            announcement -> announcement.getId().toString());

    /** A filter value that names no severity (a forged request) filters nothing. */
    private static Severity severityFilter(String value) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(value)) {
                return severity;
            }
        }
        return null;
    }

    public void publish() {
        Messages.attempt(() -> {
            Announcement published = announcements.publish(new NewAnnouncement(title, body, severity));
            title = null;
            body = "";
            severity = Severity.INFO;
            return "\"" + published.getTitle() + "\" is published; the event journal will show it in a moment";
        });
    }

    public PagedModel<Announcement> getModel() {
        return model;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }
}
