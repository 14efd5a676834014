/**
 * The gateway's HTTP faces: the OpenAI-compatible API at {@code /v1} (L5: chat completions with streaming and
 * tools, embeddings, models), so existing OpenAI clients work unchanged with a tenant's API token, and the
 * platform API's {@code /api/v1/llm} resources for usage, budgets, the cache and provider health.
 */
package com.bizosaas.llm.api;
