package com.bizosaas.identity.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.access.TenantContext;
import com.bizosaas.identity.control.PasswordHasher;
import com.bizosaas.tenancy.boundary.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * One demo user per role in the demo tenants {@link DemoData} creates (README, "Demo logins"), all with the one
 * published password {@code bizosaas.demo-data.password}. Only on the start that created the demo tenants.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    @EJB
    DemoData demoData;

    @EJB
    DemoUserSeeder seeder;

    @Inject
    TenantContext context;

    @Inject
    RequestContextController requestContext;

    @Inject
    @ConfigProperty(name = "bizosaas.demo-data.password", defaultValue = "Demo-Password-2026")
    String password;

    private String hash;
    private int added;

    @PostConstruct
    void seed() {
        if (!demoData.seededThisStart()) {
            return;
        }
        // one hash for the one published demo password: it is no secret, and boot stays quick
        hash = PasswordHasher.hash(password.toCharArray());
        requestContext.activate();
        try {
            add("bizoholic", "admin@bizoholic.com", "Bizoholic Admin", Role.SUPER_ADMIN);
            add("bizoholic", "support@bizoholic.com", "Bizoholic Support", Role.SUPPORT_AGENT);
            add("coreldove", "admin@coreldove.com", "CorelDove Admin", Role.TENANT_ADMIN);
            add("coreldove", "manager@coreldove.com", "CorelDove Manager", Role.MANAGER);
            add("coreldove", "client@coreldove.com", "CorelDove Client", Role.CLIENT);
            add("business-directory", "admin@directory.bizoholic.com", "Directory Admin", Role.TENANT_ADMIN);
            add("thrillring", "admin@thrillring.com", "ThrillRing Admin", Role.TENANT_ADMIN);
            add("quanttrade", "admin@quanttrade.com", "QuantTrade Admin", Role.TENANT_ADMIN);
            LOG.info("demo data: " + added + " users created (README, \"Demo logins\")");
        } finally {
            requestContext.deactivate();
        }
    }

    private void add(String tenantSlug, String email, String name, Role role) {
        context.enterAsPlatform(demoData.tenant(tenantSlug), "demo-data", null);
        seeder.user(email, name, role, hash); // a bean call of its own: its transaction runs under the tenant just entered
        added++;
    }
}
