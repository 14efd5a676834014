package com.bizosaas.console;

import jakarta.enterprise.context.RequestScoped;
import com.bizosaas.identity.console.ConsoleSession;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The consoles' menu. Each section names the roles that may open it; a section the user may not open is
 * shown disabled rather than hidden, so people learn what the platform offers and whom to ask. Sections
 * whose pages are not built yet are marked so instead of leading to an error.
 */
@Named
@RequestScoped
public class ConsoleMenu {

    public static final String SUPER_ADMIN = "SUPER_ADMIN";
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String CLIENT = "CLIENT";
    public static final String SUPPORT_AGENT = "SUPPORT_AGENT";

    private static final List<Section> SECTIONS = List.of(
            new Section("Platform status", "pi pi-heart", "/index.xhtml", true, List.of()),
            new Section("Super admin", "pi pi-globe", "/admin/tenants.xhtml", true, List.of(SUPER_ADMIN)),
            new Section("Users of any tenant", "pi pi-users", "/admin/users.xhtml", true, List.of(SUPER_ADMIN)),
            new Section("Model providers", "pi pi-sitemap", "/admin/models.xhtml", true, List.of(SUPER_ADMIN)),
            new Section("Tenant admin", "pi pi-building", "/tenant/users.xhtml", true, List.of(SUPER_ADMIN, TENANT_ADMIN)),
            new Section("Audit trail", "pi pi-history", "/tenant/audit.xhtml", true, List.of(SUPER_ADMIN, TENANT_ADMIN)),
            new Section("Model costs", "pi pi-chart-bar", "/tenant/models.xhtml", true, List.of(SUPER_ADMIN, TENANT_ADMIN)),
            new Section("Agents", "pi pi-android", "/agents/index.xhtml", true, List.of(SUPER_ADMIN, TENANT_ADMIN, MANAGER, CLIENT, SUPPORT_AGENT)),
            new Section("Workflows", "pi pi-share-alt", "/workflows/index.xhtml", true, List.of(SUPER_ADMIN, TENANT_ADMIN, MANAGER, CLIENT, SUPPORT_AGENT)),
            new Section("Business directory", "pi pi-map-marker", null, false, List.of(SUPER_ADMIN, TENANT_ADMIN, MANAGER)),
            new Section("PRD canvas", "pi pi-pencil", null, false, List.of(SUPER_ADMIN, TENANT_ADMIN, MANAGER, CLIENT, SUPPORT_AGENT)));

    @Inject
    ConsoleSession session;

    public List<Section> getSections() {
        return SECTIONS;
    }

    /** Open to everyone, or the user holds one of the section's roles. */
    public boolean mayOpen(Section section) {
        return section.roles().isEmpty() || session.hasRole(section.roles().toArray(String[]::new));
    }

    public String tooltip(Section section) {
        if (!section.built()) {
            return section.label() + " is on its way";
        }
        return mayOpen(section) ? section.label() : "Sign in as " + String.join(" or ", section.roles());
    }

    /** One entry of the menu. {@code outcome} is null while the section has no page yet. */
    public record Section(String label, String icon, String outcome, boolean built, List<String> roles) {
    }
}
