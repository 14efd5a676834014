package com.bizosaas.agents.approvals.boundary;

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
 * Escalates tasks whose approval deadline ({@code bizosaas.agents.approval-due}) passed undecided, every
 * {@code bizosaas.agents.approval-check-seconds} (60): each active tenant in turn, under its own row-level security
 * ({@link TaskApprovals#escalateOverdue}). A node-local timer: on several nodes a task may be looked at by each, but the
 * row decides — it is escalated once.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApprovalDeadlines {

    private static final Logger LOG = Logger.getLogger(ApprovalDeadlines.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ActiveTenants tenants;

    @EJB
    TaskApprovals approvals;

    @Inject
    @ConfigProperty(name = "bizosaas.agents.approval-check-seconds", defaultValue = "60")
    long checkSeconds;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, checkSeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("approval-deadlines", false));
    }

    @Timeout
    void escalate() {
        Instant now = Instant.now();
        int escalated = tenants.sum("approval-deadlines", () -> approvals.escalateOverdue(now));
        if (escalated > 0) {
            LOG.info(() -> escalated + " tasks waited past their approval deadline and were escalated");
        }
    }
}
