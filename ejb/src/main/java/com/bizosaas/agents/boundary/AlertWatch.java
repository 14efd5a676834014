package com.bizosaas.agents.boundary;

import com.bizosaas.tenancy.control.TenantContext;
import com.bizosaas.tenancy.entity.TenantStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Evaluates the alert rules of every active tenant, each under its own row-level security, every
 * {@code bizosaas.agents.alert-check-seconds} (60). Node-local like {@link ApprovalDeadlines}; a rule's
 * {@code firing} flag, updated in the same transaction as its alert, keeps one breach one alert.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertWatch {

    private static final Logger LOG = Logger.getLogger(AlertWatch.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @EJB
    AlertRules rules;

    @Inject
    @ConfigProperty(name = "bizosaas.agents.alert-check-seconds", defaultValue = "60")
    long checkSeconds;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, checkSeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("agent-alerts", false));
    }

    @Timeout
    void evaluate() {
        Instant now = Instant.now();
        List<UUID> active = em.createQuery("select t.id from Tenant t where t.status = :active", UUID.class)
                .setParameter("active", TenantStatus.ACTIVE).getResultList();
        int fired = 0;
        for (UUID tenant : active) {
            context.enterAsPlatform(tenant, "agent-alerts", null);
            try {
                fired += rules.evaluate(now);
            } catch (RuntimeException e) {
                // one tenant's trouble must not keep the others' rules from being looked at
                LOG.warning(() -> "alert rules of tenant " + tenant + " not evaluated: " + e);
            }
        }
        if (fired > 0) {
            int count = fired;
            LOG.info(() -> count + " agent alert rules fired");
        }
    }
}
