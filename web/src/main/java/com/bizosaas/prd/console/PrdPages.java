package com.bizosaas.prd.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The PRD builder's place in the consoles, announced before its pages exist (issue 17 builds them). */
@Dependent
public class PrdPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.comingSoon("PRD canvas", "pi pi-pencil", 110, RoleSet.MEMBERS));
    }
}
