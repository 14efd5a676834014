/**
 * Gateway logic that needs no server: tiers and complexity, prices, the semantic cache's keys and vector index, the
 * metering queue, and tool schemas. The offline model has a module of its own ({@code offline-model/}).
 */
package com.bizosaas.llm.control;
