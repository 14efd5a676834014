package com.bizosaas.agents.console;

import com.bizosaas.agents.catalogue.boundary.Agents;
import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.Alert;
import com.bizosaas.agents.entity.AlertRule;
import com.bizosaas.agents.monitoring.boundary.AlertRules;
import com.bizosaas.console.Messages;
import com.bizosaas.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The agents page's alerts (A7): the alerts still firing (live, with acknowledging), the tenant's rules, and the
 * dialog that adds one — its threshold following the chosen condition.
 */
@Named
@ViewScoped
public class AgentAlertsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AlertRules alertRules;

    @EJB
    Agents agents;

    private String ruleName;
    private String ruleAgent;
    private String ruleMetric;
    private BigDecimal ruleThreshold;
    private int ruleWindowMinutes;
    private int ruleMinTasks;

    /** The alerts still firing, newest first: shown above the tasks, refreshed with them. */
    public List<Alert> getOpenAlerts() {
        return alertRules.alerts(true, new PageRequest(0, 20)).items();
    }

    public List<AlertRule> getAlertRules() {
        return alertRules.rules(new PageRequest(0, 100)).items();
    }

    public void acknowledge(Alert alert) {
        Messages.attempt(() -> {
            alertRules.acknowledge(alert.getId());
            return "Acknowledged: " + alert.getRuleName();
        });
    }

    public void newRule() {
        ruleName = null;
        ruleAgent = null;
        ruleMetric = AlertRule.Metric.SUCCESS_RATE_BELOW.name();
        ruleThreshold = new BigDecimal("0.9");
        ruleWindowMinutes = 60;
        ruleMinTasks = 5;
    }

    /** A sensible threshold for the chosen metric: 90 % success, 3 failures, 5 s at p95. */
    public void metricChanged() {
        ruleThreshold = switch (AlertRule.Metric.valueOf(ruleMetric)) {
            case SUCCESS_RATE_BELOW -> new BigDecimal("0.9");
            case FAILURES_AT_LEAST -> new BigDecimal("3");
            case P95_ABOVE_MS -> new BigDecimal("5000");
        };
    }

    public void createRule() {
        Messages.attempt(() -> "Alert rule created: " + alertRules.create(ruleName,
                ruleAgent == null || ruleAgent.isBlank() ? null : UUID.fromString(ruleAgent),
                AlertRule.Metric.valueOf(ruleMetric), ruleThreshold == null ? BigDecimal.ZERO : ruleThreshold,
                ruleWindowMinutes, ruleMinTasks).getName());
    }

    public void deleteRule(AlertRule rule) {
        Messages.attempt(() -> {
            alertRules.delete(rule.getId());
            return "Alert rule deleted: " + rule.getName() + " (its alerts stay)";
        });
    }

    /** What a rule watches: one agent's name, or all agents. */
    public String watchedBy(UUID agentId) {
        return agentId == null ? "all agents" : agents.find(agentId).map(Agent::getName).orElse("?");
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public String getRuleAgent() {
        return ruleAgent;
    }

    public void setRuleAgent(String ruleAgent) {
        this.ruleAgent = ruleAgent;
    }

    public String getRuleMetric() {
        return ruleMetric;
    }

    public void setRuleMetric(String ruleMetric) {
        this.ruleMetric = ruleMetric;
    }

    public BigDecimal getRuleThreshold() {
        return ruleThreshold;
    }

    public void setRuleThreshold(BigDecimal ruleThreshold) {
        this.ruleThreshold = ruleThreshold;
    }

    public int getRuleWindowMinutes() {
        return ruleWindowMinutes;
    }

    public void setRuleWindowMinutes(int ruleWindowMinutes) {
        this.ruleWindowMinutes = ruleWindowMinutes;
    }

    public int getRuleMinTasks() {
        return ruleMinTasks;
    }

    public void setRuleMinTasks(int ruleMinTasks) {
        this.ruleMinTasks = ruleMinTasks;
    }
}
