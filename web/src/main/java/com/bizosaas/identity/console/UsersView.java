package com.bizosaas.identity.console;

import com.bizosaas.access.Role;
import com.bizosaas.console.Messages;
import com.bizosaas.console.PagedModel;
import com.bizosaas.identity.boundary.Invitations;
import com.bizosaas.identity.boundary.NewUser;
import com.bizosaas.identity.boundary.Users;
import com.bizosaas.identity.entity.Invitation;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.boundary.TenantUsage;
import com.bizosaas.tenancy.boundary.Tenants;
import com.bizosaas.tenancy.boundary.UsageFigure;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The tenant-admin's users: a lazy table of the tenant's users, tier usage, and the form to add one. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Users users;

    @EJB
    Tenants tenants;

    @EJB
    Invitations invitations;

    @EJB
    TenantUsage usage;

    @Inject
    ConsoleSession session;

    private String inviteEmail;
    private String inviteRole = Role.MANAGER.name();
    private String inviteLink;
    private String email;
    private String displayName;
    private String role = Role.MANAGER.name();
    private String password;

    private final PagedModel<UserAccount> model = new PagedModel<>((filters, page) -> users.list(page),
            user -> user.getId().toString());

    public void create() {
        boolean created = Messages.attempt(() -> users.create(new NewUser(email, displayName, role, password)).getEmail() + " can sign in now");
        password = null;
        if (created) {
            email = null;
            displayName = null;
            role = Role.MANAGER.name();
        }
    }

    /** Invites an address; the link is shown once, to be passed on. */
    public void invite() {
        inviteLink = null;
        Messages.attempt(() -> {
            Invitations.Issued issued = invitations.invite(inviteEmail, inviteRole);
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            inviteLink = request.getRequestURL().toString().replace(request.getRequestURI(), "")
                    + request.getContextPath() + "/invitation.xhtml?token=" + issued.token();
            inviteEmail = null;
            return "Invitation for " + issued.invitation().getEmail() + " created: pass the link on; it expires "
                    + issued.invitation().getExpiresAt();
        });
    }

    public List<Invitation> getPendingInvitations() {
        return invitations.pending();
    }

    /** The caller's tenant, for the page's title. */
    public Tenant getTenant() {
        return tenants.find(session.getTenantId()).orElseThrow();
    }

    /** The usage panel: each domain's figure of the organisation's use of its tier. */
    public List<UsageFigure> getUsage() {
        return usage.figures();
    }

    /** The super-admin grants every role; a tenant's administrator every role but the platform's own. */
    public List<String> getGrantableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.SUPER_ADMIN || session.isSuperAdmin()).map(Role::name).toList();
    }

    public boolean locked(UserAccount user) {
        return user.isLockedAt(java.time.Instant.now());
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(String inviteRole) {
        this.inviteRole = inviteRole;
    }

    public String getInviteLink() {
        return inviteLink;
    }

    public PagedModel<UserAccount> getModel() {
        return model;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
