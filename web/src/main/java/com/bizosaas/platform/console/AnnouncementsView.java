package com.bizosaas.platform.console;

import com.bizosaas.paging.Page;
import com.bizosaas.paging.PageRequest;
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
import com.bizosaas.identity.console.ConsoleSession;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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

    private final LazyDataModel<Announcement> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) announcements.list(severityFilter(filters), PageRequest.first(1)).totalItems();
        }

        @Override
        public List<Announcement> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            Page<Announcement> page = announcements.list(severityFilter(filters), new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(Announcement announcement) {
            return announcement.getId().toString();
        }
    };

    private static Severity severityFilter(Map<String, FilterMeta> filters) {
        FilterMeta meta = filters.get("severity");
        Object value = meta == null ? null : meta.getFilterValue();
        if (value instanceof Severity s) {
            return s;
        }
        return value == null || value.toString().isBlank() ? null : Severity.valueOf(value.toString());
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

    public LazyDataModel<Announcement> getModel() {
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
