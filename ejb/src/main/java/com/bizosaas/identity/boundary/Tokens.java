package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.control.LiveTokens;
import com.bizosaas.identity.control.TokenCodec;
import com.bizosaas.identity.entity.ApiToken;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.access.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * API bearer tokens: signed JWTs that expire, backed by a row that makes them revocable. A token is
 * accepted only while its signature, expiry, row, user and tenant all say yes, and from the networks the tenant
 * allows; a suspended tenant's tokens stop working at once.
 */
@Stateless
public class Tokens {

    public static final String ISSUED = "token.issued";
    public static final String REVOKED = "token.revoked";
    private static final Logger LOG = Logger.getLogger(Tokens.class.getName());
    private static volatile byte[] ephemeralKey;

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    @EJB
    TokenChecks checks;

    @Inject
    LiveTokens liveTokens;

    @Inject
    AllowedNetworks networks;

    @Inject
    EventPublisher events;

    @Inject
    @ConfigProperty(name = "bizosaas.token.signing-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "bizosaas.token.ttl-minutes", defaultValue = "60")
    int ttlMinutes;

    private TokenCodec codec;

    @PostConstruct
    void init() {
        codec = new TokenCodec(configuredKey.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k))
                .orElseGet(Tokens::ephemeralKey));
    }

    /** A token for the user who just signed in (the tenant context is theirs). */
    public IssuedToken issue(UserAccount user) {
        Instant now = Instant.now();
        ApiToken row = new ApiToken(user.getTenantId(), user.getId(), now, now.plus(Duration.ofMinutes(ttlMinutes)));
        em.persist(row);
        audit.record(ISSUED, "user:" + user.getId(), null, "token " + row.getJti());
        String token = codec.encode(new TokenCodec.Claims(user.getId(), user.getTenantId(), user.getRole().name(),
                user.getEmail(), row.getJti(), now, row.getExpiresAt()));
        return new IssuedToken(token, ttlMinutes * 60L);
    }

    /**
     * Checks a bearer token and, if it holds, makes its user the caller of this request.
     *
     * @throws Refusal (unauthenticated) for anything but a live token of an active user of an active tenant
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a recently confirmed token needs no database
    public void authenticate(String bearer, String sourceIp) {
        TokenCodec.Claims claims = codec.decode(bearer, Instant.now())
                .orElseThrow(() -> Refusal.unauthenticated("the token is malformed, badly signed or expired"));
        if (!liveTokens.recentlyConfirmed(claims)) {
            context.enterAsPlatform(claims.tenantId(), claims.email(), sourceIp);
            if (!checks.live(claims)) {
                throw Refusal.unauthenticated("the token was revoked, or its user or organisation is no longer active");
            }
            liveTokens.confirm(claims);
        }
        // the codec checked the signature: the role is one this platform wrote
        context.enter(claims.tenantId(), claims.userId(), claims.email(), Role.valueOf(claims.role()), sourceIp);
        if (!networks.admits(claims.tenantId(), sourceIp)) {
            throw Refusal.forbidden("your organisation allows its API only from its own networks, and " + sourceIp
                    + " is not one of them");
        }
    }

    /** Revokes the caller's current token. */
    public void revoke(String bearer) {
        codec.decode(bearer, Instant.now()).ifPresent(claims -> {
            ApiToken row = em.find(ApiToken.class, claims.jti());
            if (row != null) {
                row.revoke(Instant.now());
                audit.record(REVOKED, "user:" + claims.userId(), null, "token " + claims.jti());
                // this node forgets it now; the event tells the other nodes (and this one again, after the commit)
                liveTokens.forgetToken(claims.jti());
                events.publish(DomainEvent.of(REVOKED, claims.tenantId(), Jsonp.createObjectBuilder()
                        .add("jti", claims.jti().toString()).build()));
            }
        });
    }

    /** What the caller gets: the token and how many seconds it lives. */
    public record IssuedToken(String accessToken, long expiresInSeconds) {

        @Override
        public String toString() {
            return "IssuedToken[expires in " + expiresInSeconds + " s]"; // never the token
        }
    }

    private static byte[] ephemeralKey() {
        if (ephemeralKey == null) {
            synchronized (Tokens.class) {
                if (ephemeralKey == null) {
                    LOG.warning("bizosaas.token.signing-key is not set: tokens are signed with a key that lives "
                            + "until this server stops and is not shared with other nodes");
                    byte[] key = new byte[32];
                    new SecureRandom().nextBytes(key);
                    ephemeralKey = key;
                }
            }
        }
        return ephemeralKey;
    }
}
