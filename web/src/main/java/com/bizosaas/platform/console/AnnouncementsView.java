package com.bizosaas.platform.console;

import com.bizosaas.console.PagedModel;
import com.bizosaas.identity.console.ConsoleSession;
import com.bizosaas.platform.boundary.Announcements;
import com.bizosaas.platform.boundary.NewAnnouncement;
import com.bizosaas.platform.entity.Announcement;
import com.bizosaas.platform.entity.Severity;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import java.io.Serializable;
import java.util.List;

/** Announcements on the status page: a lazy, filterable table and the form to publish one. */
@Named
@ViewScoped
public class AnnouncementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Announcements announcements;

    @Inject
    ConsoleSession session;

    private String title;
    private String body = "";
    private Severity severity = Severity.INFO;

    private final PagedModel<Announcement> model = new PagedModel<>(
            (filters, page) -> announcements.list(severityFilter(PagedModel.filter(filters, "severity")), page),
            announcement -> announcement.getId().toString());

    private static Severity severityFilter(String value) {
        return value == null ? null : Severity.valueOf(value);
    }

    public void publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!session.isSuperAdmin()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not published", "Only the super-admin publishes."));
            return;
        }
        try {
            Announcement published = announcements.publish(new NewAnnouncement(title, body, severity), session.getEmail());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Announcement published",
                    "\"" + published.getTitle() + "\" is live; the event journal will show it in a moment."));
            title = null;
            body = "";
            severity = Severity.INFO;
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(v -> faces.addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not published", v.getMessage())));
                faces.validationFailed();
            } else {
                throw e;
            }
        }
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
