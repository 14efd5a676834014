package com.bizosaas.platform.console;

import com.bizosaas.console.PagedModel;
import com.bizosaas.identity.console.ConsoleSession;
import com.bizosaas.paging.Page;
import com.bizosaas.platform.boundary.DomainEventJournal;
import com.bizosaas.platform.entity.JournalEntry;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The journal of domain events on the status page: a lazy table filterable by event type. */
@Named
@ViewScoped
public class JournalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DomainEventJournal journal;

    @Inject
    ConsoleSession session;

    private final PagedModel<JournalEntry> model = new PagedModel<>(
            (filters, page) -> session.isSuperAdmin() // the journal names tenants: the super-admin's only
                    ? journal.list(PagedModel.filter(filters, "type"), page) : Page.of(List.of(), page, 0),
            entry -> entry.getEventId().toString());

    public PagedModel<JournalEntry> getModel() {
        return model;
    }
}
