package com.bizosaas.tenancy.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The tenant registry: the super-admin's tenants page. */
@Dependent
public class TenancyPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(Pages.folder("/tenancy/", RoleSet.SUPER_ADMIN));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(MenuEntry.of("Super admin", "pi pi-globe", "/tenancy/tenants.xhtml", 20, RoleSet.SUPER_ADMIN).asLanding());
    }

    @Override
    public List<Moved> moved() {
        return List.of(new Moved("/admin/tenants.xhtml", "/tenancy/tenants.xhtml"));
    }
}
