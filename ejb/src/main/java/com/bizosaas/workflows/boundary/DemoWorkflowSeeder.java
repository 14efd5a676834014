package com.bizosaas.workflows.boundary;

import com.bizosaas.tenancy.control.TenantContext;
import com.bizosaas.workflows.control.WorkflowTemplates;
import com.bizosaas.workflows.entity.Workflow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.UUID;

/** The writes of {@link DemoWorkflows}, each in its own transaction under the tenant entered before the call. */
@Stateless
public class DemoWorkflowSeeder {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    public UUID tenantId(String slug) {
        return em.createQuery("select t.id from Tenant t where t.slug = :slug", UUID.class)
                .setParameter("slug", slug).getSingleResult();
    }

    public void fromTemplate(String key) {
        WorkflowTemplates.Template template = WorkflowTemplates.find(key).orElseThrow();
        em.persist(new Workflow(context.requireTenant(), template.name(), template.description(),
                template.definition().toJson(), template.key(), "demo-data", Instant.now()));
    }
}
