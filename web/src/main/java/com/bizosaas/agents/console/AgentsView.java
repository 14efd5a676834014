package com.bizosaas.agents.console;

import com.bizosaas.agents.boundary.AgentMonitoring;
import com.bizosaas.agents.boundary.AgentTasks;
import com.bizosaas.agents.boundary.Agents;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.console.Messages;
import com.bizosaas.console.PagedModel;
import com.bizosaas.identity.console.ConsoleSession;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The agent-management console's first page: the catalogue (filter by category, pattern, integration or words),
 * a task for the chosen agent, and the tenant's tasks, refreshed while any is still queued or running.
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

    @Inject
    ConsoleSession session;

    private List<String> categories;
    private String category;
    private Integer pattern;
    private Agent chosen;
    private String input;

    private final PagedModel<Agent> catalogue = new PagedModel<>(
            (filters, page) -> agents.list(new Agents.Filter(category, pattern, text(filters, "integration"), text(filters, "name")), page),
            agent -> agent.getId().toString());

    private final PagedModel<AgentTask> taskModel = new PagedModel<>((filters, page) -> tasks.list(null, page),
            task -> task.getId().toString());

    @PostConstruct
    void init() {
        categories = agents.categories();
    }

    public void choose(Agent agent) {
        chosen = agent;
        input = null;
    }

    public void run() {
        boolean queued = Messages.attempt(() -> {
            AgentTask task = tasks.submit(chosen.getId(), input);
            return "Task queued for " + chosen.getName() + " (" + task.getId().toString().substring(0, 8) + ")";
        });
        if (queued) {
            input = null;
        }
    }

    /** The last 7 days per agent, and the total; read on each refresh of the page's live part. */
    public List<AgentMonitoring.AgentStats> getMonitoring() {
        return monitoring.lastDays(7);
    }

    public boolean mayRun() {
        return session.hasRole("SUPER_ADMIN", "TENANT_ADMIN", "MANAGER");
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

    public Integer getPattern() {
        return pattern;
    }

    public void setPattern(Integer pattern) {
        this.pattern = pattern;
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
