package com.bizosaas.connectors.control;

import jakarta.json.JsonObject;

/** A real integration's API: runs its tools against the tenant's account with the tenant's credential. */
public interface Connector {

    /**
     * Calls the tool with checked arguments and returns what the integration answered. {@code idempotencyKey} is
     * unique per tool call of a task; integrations that support one get it, so a retried request acts once.
     *
     * @throws ConnectorException the integration refused or failed, with its own words
     */
    JsonObject call(ToolDefinition tool, JsonObject arguments, String secret, String idempotencyKey);
}
