package com.bizosaas.llm.boundary;

import com.bizosaas.access.RoleSet;
import com.bizosaas.access.Allowed;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import com.bizosaas.llm.entity.ProviderSetting;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * The super-admin's overrides of the providers' configuration (L1): enabled, position in the chain, base URL
 * and the model of each tier. Audited; the chain follows at once on this node and within
 * {@link Providers#REFRESH} on the others.
 */
@Stateless
public class ProviderSettings {

    public static final String CHANGED = "llm.provider.changed";
    public static final String RESET = "llm.provider.reset";

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    @Inject
    Providers providers;

    @EJB
    AuditTrail audit;

    public List<ProviderSetting> all() {
        return em.createQuery("select s from ProviderSetting s order by s.position, s.provider", ProviderSetting.class)
                .getResultList();
    }

    @Allowed(RoleSet.SUPER_ADMIN)
    public ProviderSetting change(@NotBlank String provider, boolean enabled,
                                  @Min(value = 1, message = "position must be 1 to 10") @Max(value = 10, message = "position must be 1 to 10") int position,
                                  @Pattern(regexp = "https?://[^\\s]{1,290}", message = "baseUrl must be an http(s) URL") String baseUrl,
                                  @NotBlank(message = "the cheap model is required") @Size(max = 100) String cheapModel,
                                  @NotBlank(message = "the balanced model is required") @Size(max = 100) String balancedModel,
                                  @NotBlank(message = "the premium model is required") @Size(max = 100) String premiumModel) {
        requireKnown(provider);
        ProviderSetting setting = em.find(ProviderSetting.class, provider);
        String before = setting == null ? "configuration" : setting.toString();
        boolean first = setting == null;
        if (first) {
            setting = new ProviderSetting(provider);
        }
        setting.change(enabled, position, baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip(),
                cheapModel.strip(), balancedModel.strip(), premiumModel.strip(), Instant.now(), context.actor());
        if (first) {
            em.persist(setting); // only once complete: the insert carries the state of this moment
        }
        audit.record(CHANGED, "provider:" + provider, before, setting.toString());
        em.flush();
        providers.refreshSoon();
        return setting;
    }

    /** Back to the configuration's defaults. */
    @Allowed(RoleSet.SUPER_ADMIN)
    public void reset(@NotBlank String provider) {
        requireKnown(provider);
        ProviderSetting setting = em.find(ProviderSetting.class, provider);
        if (setting == null) {
            throw Refusal.notFound("provider " + provider + " has no console setting to reset");
        }
        em.remove(setting);
        audit.record(RESET, "provider:" + provider, setting.toString(), "configuration");
        em.flush();
        providers.refreshSoon();
    }

    private static void requireKnown(String provider) {
        if (!Providers.KNOWN.contains(provider)) {
            throw Refusal.notFound("no provider " + provider + " (known: " + String.join(", ", Providers.KNOWN) + ")");
        }
    }
}
