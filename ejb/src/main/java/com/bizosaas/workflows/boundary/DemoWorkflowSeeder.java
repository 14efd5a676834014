package com.bizosaas.workflows.boundary;

import com.bizosaas.access.TenantContext;
import com.bizosaas.workflows.control.WorkflowTemplates;
import com.bizosaas.workflows.entity.Workflow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The writes of {@link DemoWorkflows}, each in its own transaction under the tenant entered before the call. */
@Stateless
public class DemoWorkflowSeeder {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    public void fromTemplate(String key) {
        WorkflowTemplates.Template template = WorkflowTemplates.find(key).orElseThrow();
        em.persist(new Workflow(context.requireTenant(), template.name(), template.description(),
                template.definition().toJson(), template.key(), "demo-data", Instant.now()));
    }
}
