package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.identity.control.TokenCodec;
import com.bizosaas.identity.entity.ApiToken;
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
    AccountChecks accounts;

    public boolean live(TokenCodec.Claims claims) {
        ApiToken row = em.find(ApiToken.class, claims.jti());
        if (row == null || !row.isLiveAt(Instant.now()) || !row.getUserId().equals(claims.userId())) {
            return false;
        }
        return accounts.active(claims.userId(), Role.valueOf(claims.role()), claims.tenantId());
    }
}
