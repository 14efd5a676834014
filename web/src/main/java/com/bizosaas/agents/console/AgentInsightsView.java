package com.bizosaas.agents.console;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.Insight;
import com.bizosaas.agents.insights.boundary.AgentInsights;
import com.bizosaas.console.Messages;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** The agents page's insights (A8): the tenant's latest, whom they are shared with, accepting and deleting one. */
@Named
@RequestScoped
public class AgentInsightsView {

    @EJB
    AgentInsights insights;

    @EJB
    Agents agents;

    /** What the tenant's agents learned and pass on to their category's agents, newest first. */
    public List<Insight> getLatest() {
        return insights.list(null, new PageRequest(0, 10)).items();
    }

    public void accept(Insight insight) {
        Messages.attempt(() -> {
            insights.accept(insight.getId());
            return "Insight accepted: the " + insight.getCategory() + " agents are told it from now on";
        });
    }

    public void delete(Insight insight) {
        Messages.attempt(() -> {
            insights.delete(insight.getId());
            return "Insight deleted: agents are no longer told it";
        });
    }

    public String learnedBy(UUID agentId) {
        return agents.find(agentId).map(Agent::getName).orElse("?");
    }
}
