package com.bizosaas.tenancy.boundary;

import com.bizosaas.identity.control.PasswordHasher;
import com.bizosaas.identity.entity.Role;
import com.bizosaas.identity.entity.UserAccount;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
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
 * A living platform on the first visit: on an empty registry, the agency "Bizoholic" and its clients
 * "CorelDove", "Business Directory", "ThrillRing" and "QuantTrade", with one demo user per role (README,
 * "Demo logins"). Off unless {@code bizosaas.demo-data.enabled} is true — the run command turns it on; a
 * production server must never get users with a published password — and nothing happens once any tenant
 * exists.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    DemoSeeder seeder;

    @Inject
    RequestContextController requestContext;

    @Inject
    @ConfigProperty(name = "bizosaas.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "bizosaas.demo-data.password", defaultValue = "Demo-Password-2026")
    String password;

    private boolean seeded;

    /** Whether this start created the demo tenants, so other domains add their demo data once, alongside. */
    public boolean seededThisStart() {
        return seeded;
    }

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        // the tenant context is request-scoped; a startup callback has no request of its own
        requestContext.activate();
        try {
            if (!seeder.registryIsEmpty()) {
                return;
            }
            // one hash for the one published demo password: it is no secret, and boot stays quick
            String hash = PasswordHasher.hash(password.toCharArray());
            Tenant agency = seeder.tenant(null, "Bizoholic", "bizoholic", Tier.TIER_3);
            seeder.user(agency, "admin@bizoholic.com", "Bizoholic Admin", Role.SUPER_ADMIN, hash);
            seeder.user(agency, "support@bizoholic.com", "Bizoholic Support", Role.SUPPORT_AGENT, hash);
            Tenant corelDove = seeder.tenant(agency, "CorelDove", "coreldove", Tier.TIER_2);
            seeder.user(corelDove, "admin@coreldove.com", "CorelDove Admin", Role.TENANT_ADMIN, hash);
            seeder.user(corelDove, "manager@coreldove.com", "CorelDove Manager", Role.MANAGER, hash);
            seeder.user(corelDove, "client@coreldove.com", "CorelDove Client", Role.CLIENT, hash);
            Tenant directory = seeder.tenant(agency, "Business Directory", "business-directory", Tier.TIER_2);
            seeder.user(directory, "admin@directory.bizoholic.com", "Directory Admin", Role.TENANT_ADMIN, hash);
            Tenant thrillRing = seeder.tenant(agency, "ThrillRing", "thrillring", Tier.TIER_1);
            seeder.user(thrillRing, "admin@thrillring.com", "ThrillRing Admin", Role.TENANT_ADMIN, hash);
            Tenant quantTrade = seeder.tenant(agency, "QuantTrade", "quanttrade", Tier.TIER_3);
            seeder.user(quantTrade, "admin@quanttrade.com", "QuantTrade Admin", Role.TENANT_ADMIN, hash);
            seeded = true;
            LOG.info("demo data: 5 tenants and 8 users created (README, \"Demo logins\")");
        } finally {
            requestContext.deactivate();
        }
    }
}
