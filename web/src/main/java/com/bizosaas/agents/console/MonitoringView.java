package com.bizosaas.agents.console;

import com.bizosaas.agents.monitoring.boundary.AgentMonitoring;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The agents page's monitoring of the last 7 days: per agent and in total, as a table and a chart, refreshed with the
 * task list. The agents it lists are also those an alert rule can watch.
 */
@Named
@RequestScoped
public class MonitoringView {

    @EJB
    AgentMonitoring monitoring;

    /** Read once per request: the table and the chart show the same figures. */
    private List<AgentMonitoring.AgentStats> stats;

    /** The last 7 days per agent, and the total; read on each refresh of the page's live part. */
    public List<AgentMonitoring.AgentStats> getMonitoring() {
        if (stats == null) {
            stats = monitoring.lastDays(7);
        }
        return stats;
    }

    /** Success rate and p95 run time per agent, as a Chart.js configuration for {@code <p:chart>}. */
    public String getMonitoringChart() {
        return MonitoringChart.of(getWatchableAgents().stream().limit(12).toList());
    }

    /** The agents the tenant ran in the last 7 days (the monitoring's rows without the total). */
    public List<AgentMonitoring.AgentStats> getWatchableAgents() {
        return getMonitoring().stream().filter(m -> m.agentId() != null).toList();
    }
}
