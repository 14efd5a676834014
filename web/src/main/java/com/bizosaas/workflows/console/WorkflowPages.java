package com.bizosaas.workflows.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The workflows console: every signed-in user sees it; what each may do there the boundaries decide. */
@Dependent
public class WorkflowPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(Pages.folder("/workflows/", RoleSet.MEMBERS));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.of("Workflows", "pi pi-share-alt", "/workflows/index.xhtml", 90, RoleSet.MEMBERS));
    }
}
