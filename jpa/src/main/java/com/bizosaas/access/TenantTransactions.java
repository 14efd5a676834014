package com.bizosaas.access;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.UUID;

/**
 * Default interceptor of every session and message-driven bean (META-INF/ejb-jar.xml): before the bean
 * touches the database inside a transaction, tell PostgreSQL whose transaction it is with
 * {@code set_config('app.current_tenant', …, true)}. The setting lasts exactly one transaction, so a
 * pooled connection never carries it into the next one; requests, REQUIRES_NEW, MDBs, timers and
 * asynchronous calls each get it in their own transaction. With no tenant in context the value is empty
 * and row-level security shows no tenant-owned row at all. {@code app.platform} is 'on' only in the super-admin's
 * transactions: the tenant registry's rows change only then (V19), and only then is every tenant's journal read (V20). When a transaction moves to another tenant
 * (the super-admin's explicit cross-tenant path, sign-in), what was written so far is flushed first.
 */
public class TenantTransactions {

    static final String SETTING_APPLIED = TenantTransactions.class.getName();

    @Inject
    TenantContext context;

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object applyTenant(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null) {
            String tenant = context.tenant().map(UUID::toString).orElse("");
            // the platform's side — the tenant registry, the journal of every tenant's events — is the super-admin's alone
            String platform = context.isIn(RoleSet.SUPER_ADMIN) ? "on" : "off";
            String setting = tenant + "|" + platform;
            Object applied = transactions.getResource(SETTING_APPLIED);
            if (!setting.equals(applied)) {
                if (applied != null) {
                    // rows written for the previous tenant go to the database under that tenant's setting
                    em.flush();
                }
                em.createNativeQuery("select set_config('app.current_tenant', ?1, true), set_config('app.platform', ?2, true)")
                        .setParameter(1, tenant).setParameter(2, platform)
                        .getSingleResult();
                transactions.putResource(SETTING_APPLIED, setting);
            }
        }
        return invocation.proceed();
    }
}
