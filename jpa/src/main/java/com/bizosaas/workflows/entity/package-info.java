/**
 * Multi-agent workflows (A6): each tenant's definitions ({@link com.bizosaas.workflows.entity.Workflow}), their runs
 * ({@link com.bizosaas.workflows.entity.WorkflowRun}) and the state of each step of a run
 * ({@link com.bizosaas.workflows.entity.WorkflowStep}), all under row-level security.
 */
package com.bizosaas.workflows.entity;
