/**
 * Workflow logic that needs no server: reading and checking a definition
 * ({@link com.bizosaas.workflows.control.WorkflowDefinition}), what the tier and the agent catalogue allow it
 * ({@link com.bizosaas.workflows.control.WorkflowRules}), what comes next in a run
 * ({@link com.bizosaas.workflows.control.WorkflowProgress}), the templates
 * ({@link com.bizosaas.workflows.control.WorkflowTemplates}) and the SVG drawing of a definition or a run
 * ({@link com.bizosaas.workflows.control.WorkflowDiagram}).
 */
package com.bizosaas.workflows.control;
