package com.bizosaas.agents.console;

import com.bizosaas.access.RoleSet;
import com.bizosaas.agents.boundary.AgentConfigurations;
import com.bizosaas.agents.boundary.AgentMonitoring;
import com.bizosaas.agents.boundary.AgentTasks;
import com.bizosaas.agents.boundary.Agents;
import com.bizosaas.agents.boundary.ToolCallLog;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentConfiguration;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.agents.entity.TaskState;
import com.bizosaas.agents.entity.ToolCall;
import com.bizosaas.console.JsonText;
import com.bizosaas.console.Messages;
import com.bizosaas.console.PagedModel;
import com.bizosaas.identity.console.ConsoleSession;
import com.bizosaas.paging.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import org.primefaces.model.FilterMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The agent-management console's first page: the catalogue (filter by category, pattern, integration, words or
 * whether the organisation has the agent enabled), a task for the chosen agent, the approval inbox, and the tenant's
 * tasks and monitoring, refreshed every two seconds.
 */
@Named
@ViewScoped
public class AgentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Agents agents;

    @EJB
    AgentTasks tasks;

    @EJB
    AgentMonitoring monitoring;

    @EJB
    AgentConfigurations configurations;

    @EJB
    ToolCallLog toolCallLog;

    @Inject
    ConsoleSession session;

    private List<String> categories;
    private String category;
    private Integer pattern;
    private Agent chosen;
    private String input;
    /** Read once per request: the table and the chart show the same figures. */
    private transient List<AgentMonitoring.AgentStats> stats;
    private List<String> chosenTools = List.of();
    private String tool;
    private String toolArguments;
    private AgentTask reviewed;
    private String editedInput;
    private String editedArguments;
    private String note;

    private Boolean enabled;
    /** The organisation's configuration in force of the agents on the catalogue's current page. */
    private Map<UUID, AgentConfiguration> configuredOnPage = Map.of();

    private final PagedModel<Agent> catalogue = new PagedModel<Agent>((filters, page) -> agents.list(
            new Agents.Filter(category, pattern, text(filters, "integration"), text(filters, "name"), enabled), page),
            agent -> agent.getId().toString())
            .onPage(rows -> configuredOnPage = configurations.inForce(rows.stream().map(Agent::getId).toList()));

    private final PagedModel<AgentTask> taskModel = new PagedModel<>((filters, page) -> tasks.list(null, page),
            task -> task.getId().toString());

    @PostConstruct
    void init() {
        categories = agents.categories();
    }

    public void choose(Agent agent) {
        chosen = agent;
        input = null;
        tool = null;
        toolArguments = null;
        chosenTools = configurations.inForce(agent).settings().tools();
    }

    public void run() {
        boolean queued = Messages.attempt(() -> {
            AgentTasks.ToolRequest call = tool == null || tool.isBlank() ? null
                    : new AgentTasks.ToolRequest(tool, JsonText.object("arguments", toolArguments));
            AgentTask task = tasks.submit(chosen.getId(), input, call);
            String id = " (" + task.getId().toString().substring(0, 8) + ")";
            return task.getState() == TaskState.AWAITING_APPROVAL
                    ? "Task for " + chosen.getName() + " waits for approval" + id + ": it can act through sensitive tools"
                    : "Task queued for " + chosen.getName() + id;
        });
        if (queued) {
            input = null;
        }
    }

    /** The tenant's tasks waiting for a decision, oldest first would hide new ones: newest first, up to 50. */
    public List<AgentTask> getAwaiting() {
        return tasks.list(TaskState.AWAITING_APPROVAL, new PageRequest(0, 50)).items();
    }

    /** Opens the decision dialog on a waiting task, its input (and its tool call's arguments) ready to edit. */
    public void review(AgentTask task) {
        reviewed = task;
        editedInput = task.getInput();
        editedArguments = task.getToolArguments();
        note = null;
    }

    public void approve() {
        Messages.attempt(() -> {
            JsonObject arguments = reviewed.getTool() == null || Objects.equals(editedArguments, reviewed.getToolArguments())
                    ? null : JsonText.object("arguments", editedArguments);
            AgentTask task = tasks.approve(reviewed.getId(), editedInput, arguments, note);
            return task.getState() == TaskState.AWAITING_APPROVAL
                    ? "First of two approvals given: the task for " + agentName(reviewed) + " now waits for an administrator"
                    : "Approved: the task for " + agentName(reviewed) + " is queued";
        });
    }

    public void reject() {
        Messages.attempt(() -> {
            tasks.reject(reviewed.getId(), note);
            return "Rejected: the task for " + agentName(reviewed) + " is cancelled";
        });
    }

    /** The last 7 days per agent, and the total; read on each refresh of the page's live part. */
    public List<AgentMonitoring.AgentStats> getMonitoring() {
        if (stats == null) {
            stats = monitoring.lastDays(7);
        }
        return stats;
    }

    /** Success rate and p95 run time per agent, as a Chart.js configuration for {@code <p:chart>}. */
    public String getMonitoringChart() {
        return MonitoringChart.of(getMonitoring().stream().filter(m -> m.agentId() != null).limit(12).toList());
    }

    /** The agents the tenant ran in the last 7 days (the monitoring's rows without the total). */
    public List<AgentMonitoring.AgentStats> getWatchableAgents() {
        return getMonitoring().stream().filter(m -> m.agentId() != null).toList();
    }

    /** Whether the organisation has the agent enabled (agents it never configured are, as the catalogue has them). */
    public boolean enabledForUs(Agent agent) {
        AgentConfiguration configured = configuredOnPage.get(agent.getId());
        return configured == null || configured.settings().enabled();
    }

    /** The organisation's configuration version in force: 0 while it runs as the catalogue defines it. */
    public int versionForUs(Agent agent) {
        AgentConfiguration configured = configuredOnPage.get(agent.getId());
        return configured == null ? 0 : configured.getVersion();
    }

    public boolean mayConfigure() {
        return session.isIn(RoleSet.ADMINISTRATORS);
    }

    /** A task's tool calls in order; the task list shows them under the result. */
    public List<ToolCall> toolCalls(AgentTask task) {
        return task.getState() == TaskState.QUEUED || task.getState() == TaskState.AWAITING_APPROVAL ? List.of()
                : toolCallLog.of(task.getId());
    }

    public boolean mayRun() {
        return session.isIn(RoleSet.OPERATORS);
    }

    public String agentName(AgentTask task) {
        return agents.find(task.getAgentId()).map(Agent::getName).orElse("?");
    }

    private static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }

    public PagedModel<Agent> getCatalogue() {
        return catalogue;
    }

    public PagedModel<AgentTask> getTasks() {
        return taskModel;
    }

    public List<String> getCategories() {
        return categories;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getPattern() {
        return pattern;
    }

    public void setPattern(Integer pattern) {
        this.pattern = pattern;
    }

    public List<String> getChosenTools() {
        return chosenTools;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public String getToolArguments() {
        return toolArguments;
    }

    public void setToolArguments(String toolArguments) {
        this.toolArguments = toolArguments;
    }

    public String getEditedArguments() {
        return editedArguments;
    }

    public void setEditedArguments(String editedArguments) {
        this.editedArguments = editedArguments;
    }

    public AgentTask getReviewed() {
        return reviewed;
    }

    public String getEditedInput() {
        return editedInput;
    }

    public void setEditedInput(String editedInput) {
        this.editedInput = editedInput;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Agent getChosen() {
        return chosen;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }
}
