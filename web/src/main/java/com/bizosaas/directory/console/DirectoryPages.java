package com.bizosaas.directory.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The business directory's place in the consoles, announced before its pages exist (issue 16 builds them). */
@Dependent
public class DirectoryPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.comingSoon("Business directory", "pi pi-map-marker", 100, RoleSet.OPERATORS));
    }
}
