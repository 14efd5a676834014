package com.bizosaas.identity.console;

import com.bizosaas.access.Role;
import com.bizosaas.console.Messages;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.boundary.SignInPolicies;
import com.bizosaas.identity.entity.SignInPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The "Sign-in policy" page of a tenant's administrators: two-step sign-in by role, idle timeout, allowed networks. */
@Named
@ViewScoped
public class SignInPolicyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MOST_IDLE_MINUTES = 720;

    @EJB
    transient SignInPolicies policies;

    private List<String> twoStepRoles = new ArrayList<>();
    private Integer idleMinutes;
    private String networks;
    private Instant updatedAt;
    private String updatedBy;

    @PostConstruct
    void load() {
        show(policies.current());
    }

    public void save() {
        List<String> written = Arrays.stream(networks == null ? new String[0] : networks.split("[\\r\\n,]+"))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (idleMinutes != null && (idleMinutes < 1 || idleMinutes > MOST_IDLE_MINUTES)) {
            Messages.refused(Refusal.invalid("idleTimeout", "idle minutes must be 1 to " + MOST_IDLE_MINUTES + " (12 hours)"));
            return;
        }
        String idle = idleMinutes == null ? null : Duration.ofMinutes(idleMinutes).toString();
        Messages.attempt(() -> {
            show(policies.change(new SignInPolicies.Change(twoStepRoles, idle, written)));
            return "Sign-in policy saved: it applies from the next click and the next API request";
        });
    }

    private void show(SignInPolicy policy) {
        twoStepRoles = new ArrayList<>(policy.getTwoStepRoles().stream().map(Role::name).toList());
        idleMinutes = (int) policy.getIdleTimeout().toMinutes();
        networks = String.join("\n", policy.getAllowedNetworks());
        updatedAt = policy.getUpdatedAt();
        updatedBy = policy.getUpdatedBy();
    }

    /** The roles of a tenant's people (the super-admin's is the master tenant's business, but listed there too). */
    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public String getYourAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public List<String> getTwoStepRoles() {
        return twoStepRoles;
    }

    public void setTwoStepRoles(List<String> twoStepRoles) {
        this.twoStepRoles = twoStepRoles;
    }

    public Integer getIdleMinutes() {
        return idleMinutes;
    }

    public void setIdleMinutes(Integer idleMinutes) {
        this.idleMinutes = idleMinutes;
    }

    public String getNetworks() {
        return networks;
    }

    public void setNetworks(String networks) {
        this.networks = networks;
    }

    /** When the policy last changed (null: never, the defaults hold). */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
