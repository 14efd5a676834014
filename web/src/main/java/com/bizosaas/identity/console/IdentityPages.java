package com.bizosaas.identity.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.ConsoleArea;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/**
 * Sign-in and invitations (open), one's own password and two-step sign-in (everyone signed in), a tenant's users and
 * sign-in policy (its administrators), any tenant's users (the super-admin).
 */
@Dependent
public class IdentityPages implements ConsoleArea {

    @Override
    public List<Pages> pages() {
        return List.of(
                Pages.open("/login.xhtml"),
                Pages.open("/invitation.xhtml"),
                Pages.page("/identity/users.xhtml", RoleSet.ADMINISTRATORS),
                Pages.page("/identity/password.xhtml", RoleSet.MEMBERS),
                Pages.page(TwoStepView.PAGE, RoleSet.MEMBERS),
                Pages.page("/identity/sign-in-policy.xhtml", RoleSet.ADMINISTRATORS),
                Pages.page("/identity/tenant-users.xhtml", RoleSet.SUPER_ADMIN));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                MenuEntry.of("Users of any tenant", "pi pi-users", "/identity/tenant-users.xhtml", 30, RoleSet.SUPER_ADMIN),
                MenuEntry.of("Tenant admin", "pi pi-building", "/identity/users.xhtml", 50, RoleSet.ADMINISTRATORS).asLanding(),
                MenuEntry.of("Sign-in policy", "pi pi-shield", "/identity/sign-in-policy.xhtml", 55, RoleSet.ADMINISTRATORS));
    }

    @Override
    public List<Moved> moved() {
        return List.of(
                new Moved("/tenant/users.xhtml", "/identity/users.xhtml"),
                new Moved("/admin/users.xhtml", "/identity/tenant-users.xhtml"));
    }
}
