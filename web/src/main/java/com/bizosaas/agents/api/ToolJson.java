package com.bizosaas.agents.api;

import com.bizosaas.connectors.control.ToolDefinition;

import java.util.List;

/**
 * A tool an agent may call as the caller's organisation configured it: what it does, its parameters, whether it
 * waits for approval ({@code sensitive}) and whether calls reach the real integration ({@code live}: a real
 * connector and the organisation's credential in the vault) or the sandbox.
 */
public record ToolJson(String name, String description, List<ToolDefinition.Parameter> parameters, boolean sensitive,
                       boolean live) {
}
