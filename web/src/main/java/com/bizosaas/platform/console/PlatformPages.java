package com.bizosaas.platform.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The platform's status page, the consoles' home (announcements, the journal of domain events). */
@Dependent
public class PlatformPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(Pages.page("/index.xhtml", RoleSet.MEMBERS));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.of("Platform status", "pi pi-heart", "/index.xhtml", 10, RoleSet.MEMBERS).asLanding());
    }
}
