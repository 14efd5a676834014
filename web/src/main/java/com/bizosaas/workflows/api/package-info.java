/**
 * The workflows API under {@code /api/v1/workflows}: definitions, templates, starting runs, the gates waiting and event
 * signals ({@link com.bizosaas.workflows.api.WorkflowsResource}); the runs themselves, their approval decisions and
 * cancellation under {@code /runs} ({@link com.bizosaas.workflows.api.WorkflowRunsResource}).
 */
package com.bizosaas.workflows.api;
