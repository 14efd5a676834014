package com.bizosaas.tenancy.boundary;

import java.util.UUID;
import java.util.Map;
import java.util.LinkedHashMap;
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
 * "CorelDove", "Business Directory", "ThrillRing" and "QuantTrade" (README, "Demo logins"). Off unless
 * {@code bizosaas.demo-data.enabled} is true — the run command turns it on; a production server must never get
 * users with a published password — and nothing happens once any tenant exists.
 * <p>
 * Each domain adds its own demo data to these tenants with a startup bean of its own that depends on this one and
 * asks {@link #seededThisStart()} and {@link #tenant(String)} (identity its users, workflows its workflows): the
 * registry knows nothing of them.
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

    private final Map<String, UUID> created = new LinkedHashMap<>();

    /** Whether this start created the demo tenants, so other domains add their demo data once, alongside. */
    public boolean seededThisStart() {
        return !created.isEmpty();
    }

    /** The id of a demo tenant this start created, by slug ("coreldove"). */
    public UUID tenant(String slug) {
        UUID id = created.get(slug);
        if (id == null) {
            throw new IllegalArgumentException("this start created no demo tenant " + slug);
        }
        return id;
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
            Tenant agency = add(null, "Bizoholic", "bizoholic", Tier.TIER_3);
            add(agency, "CorelDove", "coreldove", Tier.TIER_2);
            add(agency, "Business Directory", "business-directory", Tier.TIER_2);
            add(agency, "ThrillRing", "thrillring", Tier.TIER_1);
            add(agency, "QuantTrade", "quanttrade", Tier.TIER_3);
            LOG.info("demo data: " + created.size() + " tenants created (README, \"Demo logins\")");
        } finally {
            requestContext.deactivate();
        }
    }

    private Tenant add(Tenant parent, String name, String slug, Tier tier) {
        Tenant tenant = seeder.tenant(parent, name, slug, tier);
        created.put(slug, tenant.getId());
        return tenant;
    }
}
