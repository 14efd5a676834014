/**
 * The agent-management console, one backing bean per section or dialog of its pages. The agents page
 * ({@code agents/index.xhtml}): the catalogue ({@link com.bizosaas.agents.console.AgentCatalogueView}), the "Run a
 * task" dialog ({@link com.bizosaas.agents.console.RunAgentDialog}), the approval inbox
 * ({@link com.bizosaas.agents.console.ApprovalInboxView}) and its decision dialog
 * ({@link com.bizosaas.agents.console.TaskDecisionDialog}), the task list
 * ({@link com.bizosaas.agents.console.TaskListView}), monitoring ({@link com.bizosaas.agents.console.MonitoringView},
 * drawn by {@link com.bizosaas.agents.console.MonitoringChart}), alerts and their rules
 * ({@link com.bizosaas.agents.console.AgentAlertsView}) and insights
 * ({@link com.bizosaas.agents.console.AgentInsightsView}). The configure page ({@code agents/configure.xhtml}): the
 * editor of the version in force, which holds the page's agent
 * ({@link com.bizosaas.agents.console.AgentConfigurationEditor}), the super-admin's catalogue entry
 * ({@link com.bizosaas.agents.console.CatalogueEntryEditor}), the versions with restoring
 * ({@link com.bizosaas.agents.console.ConfigurationVersionsView}) and two versions side by side
 * ({@link com.bizosaas.agents.console.VersionComparisonDialog}). Shared by the sections: what the user may do there
 * ({@link com.bizosaas.agents.console.AgentPermissions}) and tasks' agents by name
 * ({@link com.bizosaas.agents.console.AgentNames}); the pages' roles and menu entry
 * ({@link com.bizosaas.agents.console.AgentPages}).
 */
package com.bizosaas.agents.console;
