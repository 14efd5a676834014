package com.bizosaas.workflows.boundary;

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
 * Gives up the waits for events that passed their timeout, every {@code bizosaas.workflows.deadline-check-seconds}
 * (30), tenant by tenant under each one's row-level security. Node-local like the agents' timers: two nodes
 * expiring the same step take turns on its row, and the second finds it ended.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowDeadlines {

    private static final Logger LOG = Logger.getLogger(WorkflowDeadlines.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ActiveTenants tenants;

    @EJB
    WorkflowEngine engine;

    @Inject
    @ConfigProperty(name = "bizosaas.workflows.deadline-check-seconds", defaultValue = "30")
    long checkSeconds;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, checkSeconds) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("workflow-deadlines", false));
    }

    @Timeout
    void expire() {
        Instant now = Instant.now();
        int expired = tenants.sum("workflow-deadlines", () -> engine.expireWaits(now));
        if (expired > 0) {
            LOG.info(() -> expired + " workflow steps stopped waiting for their event: timed out");
        }
    }
}
