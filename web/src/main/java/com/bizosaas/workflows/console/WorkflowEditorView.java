package com.bizosaas.workflows.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.console.JsonText;
import com.bizosaas.console.Messages;
import com.bizosaas.identity.console.ConsoleSession;
import com.bizosaas.workflows.boundary.WorkflowDefinitions;
import com.bizosaas.workflows.control.WorkflowDefinition;
import com.bizosaas.workflows.control.WorkflowDiagram;
import com.bizosaas.workflows.entity.Workflow;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.UUID;

/**
 * The workflow editor: name, description and the steps as JSON, checked on demand (the diagram shows what the
 * definition says, or the messages say what to fix) and on save, which keeps the version the editor read so two
 * people cannot overwrite each other's work. Without a workflow id it writes a new one.
 */
@Named
@ViewScoped
public class WorkflowEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String STARTER = """
            {"steps": [
              {"id": "research", "type": "task", "agent": "hubspot-analytics", "input": "Which leads of {{input}} should we call?"},
              {"id": "review", "type": "approval", "after": ["research"], "reason": "A manager reads the findings"}
            ]}""";

    @EJB
    WorkflowDefinitions definitions;

    @Inject
    ConsoleSession session;

    private UUID workflowId;
    private Workflow workflow;
    private String name;
    private String description;
    private String definition;
    private Integer version;
    private String diagram;

    public void load() {
        if (workflowId == null) {
            definition = JsonText.pretty(STARTER);
            diagram = WorkflowDiagram.of(WorkflowDefinition.parse(STARTER));
            return;
        }
        workflow = definitions.find(workflowId).orElse(null);
        if (workflow != null) {
            name = workflow.getName();
            description = workflow.getDescription();
            definition = JsonText.pretty(workflow.getDefinition());
            version = workflow.getVersion();
            diagram = WorkflowDiagram.of(WorkflowDefinition.parse(workflow.getDefinition()));
        }
    }

    /** Checks the definition as a save would and draws it. */
    public void check() {
        Messages.attempt(() -> {
            WorkflowDefinition checked = definitions.check(definition);
            diagram = WorkflowDiagram.of(checked);
            return "The definition is valid: " + checked.steps().size() + " steps";
        });
    }

    public String save() {
        Workflow[] saved = new Workflow[1];
        boolean ok = Messages.attempt(() -> {
            saved[0] = workflow == null ? definitions.create(name, description, definition)
                    : definitions.update(workflow.getId(), name, description, definition, version);
            return "Saved \"" + saved[0].getName() + "\" (version " + saved[0].getVersion() + ")";
        });
        if (!ok) {
            return null;
        }
        workflow = saved[0];
        version = workflow.getVersion();
        definition = JsonText.pretty(workflow.getDefinition());
        diagram = WorkflowDiagram.of(WorkflowDefinition.parse(workflow.getDefinition()));
        // the message is to show on the page the redirect opens
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return workflowId == null ? "/workflows/edit?faces-redirect=true&workflow=" + workflow.getId() : null;
    }

    public boolean mayEdit() {
        return session.isIn(RoleSet.ADMINISTRATORS);
    }

    /** Whether the page has something to show: a new workflow (for those who write them) or one of the tenant's. */
    public boolean isFound() {
        return workflow != null || (workflowId == null && mayEdit());
    }

    public UUID getWorkflowId() {
        return workflowId;
    }

    public void setWorkflowId(UUID workflowId) {
        this.workflowId = workflowId;
    }

    public Workflow getWorkflow() {
        return workflow;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public Integer getVersion() {
        return version;
    }

    public String getDiagram() {
        return diagram;
    }
}
