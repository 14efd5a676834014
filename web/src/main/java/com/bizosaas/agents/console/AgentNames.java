package com.bizosaas.agents.console;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentTask;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The agent a task is for, by name, for the agents page's task list, approval inbox and decision dialog. A task
 * keeps only its agent's id; the page names the same few agents in many rows on every refresh, so each is looked up
 * once per request.
 */
@Named
@RequestScoped
public class AgentNames {

    @EJB
    Agents agents;

    private final Map<UUID, String> named = new HashMap<>();

    public String of(AgentTask task) {
        return named.computeIfAbsent(task.getAgentId(), id -> agents.find(id).map(Agent::getName).orElse("?"));
    }
}
