package com.bizosaas.workflows.boundary;

import com.bizosaas.tenancy.boundary.DemoData;
import com.bizosaas.access.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * The demo tenants get workflows of their tier's templates when {@link DemoData} creates them — CorelDove (Tier 2)
 * "Lead follow-up" and "Weekly performance report", QuantTrade (Tier 3) "Campaign launch" — so the workflows page
 * has something to run on a first visit. Only on the start that created the demo tenants: a workflow deleted later
 * stays deleted.
 */
@Startup
@Singleton
@DependsOn({"DemoData", "CatalogueSeed"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoWorkflows {

    private static final Logger LOG = Logger.getLogger(DemoWorkflows.class.getName());

    @EJB
    DemoData demoData;

    @EJB
    DemoWorkflowSeeder seeder;

    @Inject
    TenantContext context;

    @Inject
    RequestContextController requestContext;

    @PostConstruct
    void seed() {
        if (!demoData.seededThisStart()) {
            return;
        }
        requestContext.activate();
        try {
            add("coreldove", "lead-follow-up", "weekly-performance-report");
            add("quanttrade", "campaign-launch");
            LOG.info("demo data: 3 workflows made from templates");
        } finally {
            requestContext.deactivate();
        }
    }

    private void add(String tenantSlug, String... templates) {
        context.enterAsPlatform(demoData.tenant(tenantSlug), "demo-data", null);
        for (String key : templates) {
            seeder.fromTemplate(key); // a bean call of its own: its transaction runs under the tenant just entered
        }
    }
}
