package com.bizosaas.tenancy.console;

import com.bizosaas.console.Messages;
import com.bizosaas.tenancy.boundary.NewTenant;
import com.bizosaas.tenancy.boundary.Tenants;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The super-admin's tenant table: onboard a client, suspend, reactivate (each confirmed, each audited). */
@Named
@ViewScoped
public class TenantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Tenants tenants;

    private List<Tenant> all;
    private Map<UUID, String> names;
    private String name;
    private String slug;
    private String tier = Tier.TIER_1.name();

    @PostConstruct
    void load() {
        all = tenants.visible();
        names = all.stream().collect(Collectors.toMap(Tenant::getId, Tenant::getName));
    }

    public void create() {
        Messages.attempt(() -> {
            Tenant created = tenants.create(new NewTenant(name, slug, tier));
            name = null;
            slug = null;
            tier = Tier.TIER_1.name();
            load();
            return "Tenant " + created.getName() + " created on " + created.getTier();
        });
    }

    public void suspend(Tenant tenant) {
        Messages.attempt(() -> {
            tenants.suspend(tenant.getId());
            load();
            return tenant.getName() + " is suspended: its users are signed out and its tokens refused";
        });
    }

    public void reactivate(Tenant tenant) {
        Messages.attempt(() -> {
            tenants.reactivate(tenant.getId());
            load();
            return tenant.getName() + " is active again";
        });
    }

    public String parentName(Tenant tenant) {
        return tenant.getParentId() == null ? "— (agency)" : names.getOrDefault(tenant.getParentId(), "?");
    }

    public List<Tenant> getAll() {
        return all;
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }
}
