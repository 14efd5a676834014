package com.bizosaas.identity.entity;

import com.bizosaas.access.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a tenant's people sign in: which roles must use two-step sign-in, how long an idle console session lives, and
 * from which networks (CIDR ranges; none written means every network) its users reach the console and the API. A
 * tenant without a row has the defaults: {@link #DEFAULT_IDLE}, nobody required, every network.
 */
@Entity
@Table(name = "sign_in_policy")
public class SignInPolicy implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The console's idle timeout where a tenant set none (as the container's session timeout). */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "two_step_roles")
    private String twoStepRoles;

    @Column(name = "idle_seconds")
    private int idleSeconds;

    @Column(name = "allowed_networks")
    private String allowedNetworks;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected SignInPolicy() {
        // for JPA
    }

    public SignInPolicy(UUID tenantId) {
        this.tenantId = Objects.requireNonNull(tenantId);
        this.twoStepRoles = "";
        this.idleSeconds = (int) DEFAULT_IDLE.toSeconds();
        this.allowedNetworks = "";
    }

    /** The policy of a tenant that wrote none. */
    public static SignInPolicy defaults(UUID tenantId) {
        return new SignInPolicy(tenantId);
    }

    public void change(Set<Role> twoStepRoles, Duration idle, List<String> allowedNetworks, String by, Instant now) {
        this.twoStepRoles = twoStepRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.idleSeconds = Math.toIntExact(idle.toSeconds());
        this.allowedNetworks = String.join("\n", allowedNetworks);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Set<Role> getTwoStepRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(twoStepRoles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    public boolean requiresTwoStepFor(Role role) {
        return getTwoStepRoles().contains(role);
    }

    public Duration getIdleTimeout() {
        return Duration.ofSeconds(idleSeconds);
    }

    public List<String> getAllowedNetworks() {
        return allowedNetworks.isBlank() ? List.of() : List.of(allowedNetworks.split("\n"));
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
