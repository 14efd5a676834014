/**
 * Multi-agent workflows (A6), one session bean per thing a caller works with:
 * {@link com.bizosaas.workflows.boundary.WorkflowDefinitions} (templates and the tenant's definitions),
 * {@link com.bizosaas.workflows.boundary.WorkflowRuns} (starting, reading and cancelling runs),
 * {@link com.bizosaas.workflows.boundary.WorkflowGates} (the approval gates runs wait at, and their decisions) and
 * {@link com.bizosaas.workflows.boundary.WorkflowSignals} (events a tenant signals to its waiting steps). Who may call
 * each method is declared on it with {@code @Allowed}. Behind them, {@link com.bizosaas.workflows.boundary.WorkflowEngine}
 * moves runs forward under their row lock, asked by the run messages {@link com.bizosaas.workflows.boundary.WorkflowDispatch}
 * sends; the message-driven beans and the deadline timer here call the engine directly, never an {@code @Allowed}
 * method, since they act for the platform with no role. Also here: the demo tenants' workflows and the domain's
 * tenant tables.
 */
package com.bizosaas.workflows.boundary;
