package com.bizosaas.audit.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The audit trail page, for administrators. */
@Dependent
public class AuditPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(Pages.folder("/audit/", RoleSet.ADMINISTRATORS));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.of("Audit trail", "pi pi-history", "/audit/trail.xhtml", 60, RoleSet.ADMINISTRATORS));
    }

    @Override
    public List<Moved> moved() {
        return List.of(new Moved("/tenant/audit.xhtml", "/audit/trail.xhtml"));
    }
}
