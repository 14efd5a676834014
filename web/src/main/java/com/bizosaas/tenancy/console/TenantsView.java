package com.bizosaas.tenancy.console;

import com.bizosaas.console.Messages;
import com.bizosaas.tenancy.boundary.NewTenant;
import com.bizosaas.tenancy.boundary.Offboarding;
import com.bizosaas.tenancy.boundary.TenantChanges;
import com.bizosaas.tenancy.boundary.Tenants;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.tenancy.entity.Tier;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** The super-admin's tenant table: onboard a client, suspend, reactivate (each confirmed, each audited). */
@Named
@ViewScoped
public class TenantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Tenants tenants;

    @EJB
    Offboarding offboarding;

    private List<Tenant> all;
    private Map<UUID, String> names;
    private String name;
    private String slug;
    private String tier = Tier.TIER_1.name();
    private UUID editedId;
    private String editedName;
    private String editedTier;

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

    /** Opens the edit dialog on a tenant. */
    public void startEditing(Tenant tenant) {
        editedId = tenant.getId();
        editedName = tenant.getName();
        editedTier = tenant.getTier().name();
    }

    public void saveEdits() {
        Messages.attempt(() -> {
            Tenant changed = tenants.change(editedId, new TenantChanges(editedName, editedTier));
            load();
            return changed.getName() + " is now on " + changed.getTier();
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

    /** Offboards a client and hands its data over as a download; on refusal, a message and no file. */
    public StreamedContent offboard(Tenant tenant) {
        AtomicReference<byte[]> archive = new AtomicReference<>();
        boolean done = Messages.attempt(() -> {
            archive.set(offboarding.offboard(tenant.getId()));
            load();
            return tenant.getName() + " is offboarded; its data is in the downloaded archive";
        });
        if (!done) {
            return null; // the refusal is on the page; nothing to download
        }
        return DefaultStreamedContent.builder().name("tenant-" + tenant.getSlug() + ".zip").contentType("application/zip")
                .stream(() -> new ByteArrayInputStream(archive.get())).build();
    }

    public String parentName(Tenant tenant) {
        return tenant.getParentId() == null ? "— (agency)" : names.getOrDefault(tenant.getParentId(), "?");
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public String getEditedTier() {
        return editedTier;
    }

    public void setEditedTier(String editedTier) {
        this.editedTier = editedTier;
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
