/**
 * The workflows API under {@code /api/v1/workflows}, a resource per collection: definitions, templates and starting
 * a run ({@link com.bizosaas.workflows.api.WorkflowsResource}); runs, their approval decisions and cancellation
 * ({@link com.bizosaas.workflows.api.WorkflowRunsResource}, {@code /runs}); the gates waiting
 * ({@link com.bizosaas.workflows.api.WorkflowGatesResource}, {@code /gates}); event signals
 * ({@link com.bizosaas.workflows.api.WorkflowSignalsResource}, {@code /events}).
 */
package com.bizosaas.workflows.api;
