package com.bizosaas.identity.boundary;

import com.bizosaas.identity.control.TokenCodec;
import com.bizosaas.identity.entity.ApiToken;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Whether a correctly signed token is still good, read under the token's tenant (a separate bean, so the
 * transaction's tenant setting is applied for it).
 */
@Stateless
public class TokenChecks {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @EJB
    Tenants tenants;

    public boolean live(TokenCodec.Claims claims) {
        ApiToken row = em.find(ApiToken.class, claims.jti());
        if (row == null || !row.isLiveAt(Instant.now()) || !row.getUserId().equals(claims.userId())) {
            return false;
        }
        UserAccount user = em.find(UserAccount.class, claims.userId());
        return user != null && user.getRole().name().equals(claims.role()) && tenants.isActive(claims.tenantId());
    }
}
