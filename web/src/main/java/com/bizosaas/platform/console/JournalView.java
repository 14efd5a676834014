package com.bizosaas.platform.console;

import com.bizosaas.paging.PageRequest;
import com.bizosaas.platform.boundary.DomainEventJournal;
import com.bizosaas.platform.entity.JournalEntry;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import com.bizosaas.identity.console.ConsoleSession;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The journal of domain events on the status page: a lazy table filterable by event type. */
@Named
@ViewScoped
public class JournalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DomainEventJournal journal;

    @Inject
    ConsoleSession session;

    private final LazyDataModel<JournalEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            if (!session.isSuperAdmin()) {
                return 0; // the journal names tenants: the super-admin's only
            }
            return (int) journal.list(typeFilter(filters), PageRequest.first(1)).totalItems();
        }

        @Override
        public List<JournalEntry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (!session.isSuperAdmin()) {
                return List.of();
            }
            int size = Math.min(pageSize, PageRequest.MAX_SIZE);
            var page = journal.list(typeFilter(filters), new PageRequest(first / size, size));
            setRowCount((int) page.totalItems());
            return page.items();
        }

        @Override
        public String getRowKey(JournalEntry entry) {
            return entry.getEventId().toString();
        }
    };

    private static String typeFilter(Map<String, FilterMeta> filters) {
        FilterMeta meta = filters.get("type");
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public LazyDataModel<JournalEntry> getModel() {
        return model;
    }
}
