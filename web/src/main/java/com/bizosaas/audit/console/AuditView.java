package com.bizosaas.audit.console;

import com.bizosaas.audit.api.AuditResource;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.audit.entity.AuditEvent;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The tenant's audit trail: lazy, filterable by action, exportable as CSV. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail audit;

    private final LazyDataModel<AuditEvent> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) audit.list(action(filters), PageRequest.first(1)).totalItems();
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            var page = audit.list(action(filters), new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return event.getId().toString();
        }
    };

    private static String action(Map<String, FilterMeta> filters) {
        FilterMeta meta = filters.get("action");
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The newest 100 records as CSV, for spreadsheets. */
    public StreamedContent getCsv() {
        String csv = AuditResource.toCsv(audit.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        return DefaultStreamedContent.builder().name("audit-trail.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).build();
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }
}
