package com.bizosaas.audit.boundary;

import com.bizosaas.access.AccessRefused;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps every refused operation on the caller's tenant's trail ({@value #ACTION}): a tenant administrator reaching for
 * the super-admin's cross-tenant paths, a manager for an administrator's setting. In a transaction of its own, since
 * the refusal rolls the caller's back. A caller with no tenant (nobody signed in) has no trail to write to.
 */
@ApplicationScoped
public class AccessRefusals {

    public static final String ACTION = "access.refused";

    @Inject
    TenantContext context;

    @EJB
    AuditTrail audit;

    void refused(@Observes AccessRefused refusal) {
        if (context.tenant().isPresent()) {
            audit.recordRefused(ACTION, refusal.operation(), (refusal.caller() == null ? "no role" : refusal.caller().name())
                    + " is not among " + refusal.required().describe());
        }
    }
}
