package com.bizosaas.audit.console;

import com.bizosaas.audit.api.AuditResource;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.audit.entity.AuditEvent;
import com.bizosaas.console.PagedModel;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The tenant's audit trail: lazy, filterable by action, exportable as CSV. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail audit;

    private final PagedModel<AuditEvent> model = new PagedModel<>(
            (filters, page) -> audit.list(PagedModel.filter(filters, "action"), page),
            event -> event.getId().toString());

    /** The newest 100 records as CSV, for spreadsheets. */
    public StreamedContent getCsv() {
        String csv = AuditResource.toCsv(audit.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        return DefaultStreamedContent.builder().name("audit-trail.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).build();
    }

    public PagedModel<AuditEvent> getModel() {
        return model;
    }
}
