/** The workflows API under {@code /api/v1/workflows}: definitions, templates, runs, approval gates and event signals. */
package com.bizosaas.workflows.api;
