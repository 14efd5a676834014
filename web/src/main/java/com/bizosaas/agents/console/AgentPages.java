package com.bizosaas.agents.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The agents console: every signed-in user sees it; what each may do there the boundaries decide. */
@Dependent
public class AgentPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(Pages.folder("/agents/", RoleSet.MEMBERS));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.of("Agents", "pi pi-android", "/agents/index.xhtml", 80, RoleSet.MEMBERS));
    }
}
