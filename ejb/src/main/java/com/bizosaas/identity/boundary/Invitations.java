package com.bizosaas.identity.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.Role;
import com.bizosaas.access.RoleName;
import com.bizosaas.access.RoleSet;
import com.bizosaas.access.TenantContext;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.entity.Invitation;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Invitations (T2). An administrator invites an address with a role and gets a link to pass on; the link's
 * token is shown once and stored only as its SHA-256. Accepting creates the account under the tenant the
 * token belongs to, with the invitation's role — nothing the invitee sends can change either.
 */
@Stateless
public class Invitations {

    public static final String INVITED = "user.invited";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    InvitationAcceptance acceptance;

    @Inject
    @ConfigProperty(name = "bizosaas.invitation.valid-hours", defaultValue = "72")
    int validHours;

    /** A new invitation and the token for its link (shown this once). */
    public record Issued(Invitation invitation, String token) {

        @Override
        public String toString() {
            return "Issued[" + invitation.getEmail() + "]"; // never the token
        }
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public Issued invite(@NotBlank(message = "email is required") @Email(message = "email is not a valid address")
                         @Size(max = 254, message = "email is longer than {max} characters") String email,
                         @NotNull(message = "role is required")
                         @RoleName(except = Role.SUPER_ADMIN) String role) {
        Object taken = em.createNativeQuery("select bizosaas.resolve_login_tenant(?1)").setParameter(1, email.strip()).getSingleResult();
        if (taken != null) {
            throw Refusal.conflict("email", "this email address already has an account");
        }
        UserLimit.refuseIfReached(em, em.find(Tenant.class, context.requireTenant()), true);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now();
        Invitation invitation = new Invitation(context.requireTenant(), email, Role.valueOf(role), hash(token), context.actor(),
                now, now.plus(Duration.ofHours(validHours)));
        em.persist(invitation);
        audit.record(INVITED, "invitation:" + invitation.getId(), null, "email=" + invitation.getEmail() + ", role=" + role
                + ", expires " + invitation.getExpiresAt());
        return new Issued(invitation, token);
    }

    @Allowed(RoleSet.ADMINISTRATORS)
    public List<Invitation> pending() {
        return em.createNamedQuery(Invitation.PENDING, Invitation.class).getResultList();
    }

    /**
     * Accepts an invitation from its link: 404 for a token nobody issued, 410 for an expired or used one,
     * 400 for a weak password, 409 if the address got an account meanwhile.
     */
    public UUID accept(@NotBlank(message = "token is required") String token,
                       @NotBlank(message = "displayName is required") @Size(max = 120) String displayName,
                       @NotNull(message = "password is required") String password, String sourceIp) {
        return acceptance.accept(enterTenantOf(token, sourceIp), displayName, password);
    }

    /** What an invitation link offers: the organisation, the role, the address, until when. */
    public record Offer(String organisation, Role role, String email, Instant expiresAt) {
    }

    /** What the link's invitation offers, said on its page before anything is typed; the same refusals as accepting. */
    public Offer offer(@NotBlank(message = "token is required") String token, String sourceIp) {
        return acceptance.offer(enterTenantOf(token, sourceIp));
    }

    /** Enters the tenant of an invitation link (found before anyone is signed in); its token's hash. */
    private String enterTenantOf(String token, String sourceIp) {
        String tokenHash = hash(token);
        Object tenant = em.createNativeQuery("select bizosaas.resolve_invitation_tenant(?1)").setParameter(1, tokenHash)
                .getSingleResult();
        if (tenant == null) {
            throw Refusal.notFound("this invitation link is not valid");
        }
        context.enterAsPlatform((UUID) tenant, "invitation", sourceIp);
        return tokenHash;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
