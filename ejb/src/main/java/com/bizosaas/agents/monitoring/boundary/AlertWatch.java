package com.bizosaas.agents.monitoring.boundary;

import com.bizosaas.agents.approvals.boundary.ApprovalDeadlines;
import com.bizosaas.tenancy.control.ActiveTenants;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
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

    @Inject
    ActiveTenants tenants;

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
        int fired = tenants.sum("agent-alerts", () -> rules.evaluate(now));
        if (fired > 0) {
            LOG.info(() -> fired + " agent alert rules fired");
        }
    }
}
