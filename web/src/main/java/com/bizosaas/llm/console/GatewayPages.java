package com.bizosaas.llm.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The model gateway's pages: the platform's providers (super-admin) and an organisation's model costs (administrators). */
@Dependent
public class GatewayPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(
                Pages.page("/llm/providers.xhtml", RoleSet.SUPER_ADMIN),
                Pages.page("/llm/costs.xhtml", RoleSet.ADMINISTRATORS));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                MenuEntry.of("Model providers", "pi pi-sitemap", "/llm/providers.xhtml", 40, RoleSet.SUPER_ADMIN),
                MenuEntry.of("Model costs", "pi pi-chart-bar", "/llm/costs.xhtml", 70, RoleSet.ADMINISTRATORS));
    }

    @Override
    public List<Moved> moved() {
        return List.of(
                new Moved("/admin/models.xhtml", "/llm/providers.xhtml"),
                new Moved("/tenant/models.xhtml", "/llm/costs.xhtml"));
    }
}
