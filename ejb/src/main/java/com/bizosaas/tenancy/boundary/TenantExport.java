package com.bizosaas.tenancy.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import com.bizosaas.json.Jsonp;
import com.bizosaas.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything a tenant owns, as a ZIP of JSON files: one file per table its domain declared ({@link TenantData}),
 * read under that tenant's row-level security (a bean of its own, so the caller's switch to the tenant applies).
 * Secrets leave as they are stored — encrypted — and password and token hashes not at all.
 */
@Stateless
public class TenantExport {

    /** One declared table and the domain that declared it — the platform's data map. */
    public record Declared(String domain, TenantTable table) {
    }

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    @Any
    Instance<TenantData> domains;

    /** Every tenant-owned table every domain declared. Tells what the platform keeps per tenant and where it goes. */
    @Allowed(RoleSet.SUPER_ADMIN)
    public List<Declared> dataMap() {
        List<Declared> map = new ArrayList<>();
        for (TenantData domain : domains) {
            domain.tables().forEach(table -> map.add(new Declared(domainOf(domain), table)));
        }
        map.sort(Comparator.comparing(Declared::domain));
        return map;
    }

    public byte[] archive(Tenant tenant) {
        domains.forEach(TenantData::beforeExport);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            write(zip, "tenant.json", Jsonp.createObjectBuilder()
                    .add("id", tenant.getId().toString()).add("name", tenant.getName()).add("slug", tenant.getSlug())
                    .add("tier", tenant.getTier().name()).add("status", tenant.getStatus().name())
                    .add("createdAt", tenant.getCreatedAt().toString()).build().toString());
            for (TenantData domain : domains) {
                for (TenantTable table : domain.tables()) {
                    if (table.file() != null) {
                        write(zip, table.file(), rows(table.query()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The domain of a declaration is its package: "agents" for the agents domain's declaration. */
    private static String domainOf(TenantData declaration) {
        String name = declaration.getClass().getName().substring("com.bizosaas.".length());
        return name.substring(0, name.indexOf('.'));
    }

    @SuppressWarnings("unchecked")
    private String rows(String query) {
        List<Tuple> rows = em.createNativeQuery(query, Tuple.class).getResultList();
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        for (Tuple row : rows) {
            JsonObjectBuilder object = Jsonp.createObjectBuilder();
            row.getElements().forEach(e -> {
                Object value = row.get(e.getAlias());
                if (value == null) {
                    object.addNull(e.getAlias());
                } else {
                    object.add(e.getAlias(), value.toString());
                }
            });
            array.add(object);
        }
        return array.build().toString();
    }

    private static void write(ZipOutputStream zip, String name, String json) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(json.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
