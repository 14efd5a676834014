package com.bizosaas.llm.boundary;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import java.util.List;
import java.util.UUID;

/**
 * What a feature asks of a model.
 *
 * @param feature     who in the platform asks ("api", "agents", "prd-builder", …), for accounting
 * @param agentId     the agent on whose behalf, or null
 * @param model       "auto", a tier ("cheap", "balanced", "premium"), "offline", or a configured model name
 * @param useCache    false to bypass the semantic cache for this request
 */
public record ModelRequest(
        @NotBlank(message = "feature is required") String feature,
        UUID agentId,
        @NotBlank(message = "model is required") String model,
        @NotEmpty(message = "messages must not be empty") List<ChatMessage> messages,
        List<ToolSpecification> tools,
        @DecimalMin(value = "0", message = "temperature must be between 0 and 2")
        @DecimalMax(value = "2", message = "temperature must be between 0 and 2") Double temperature,
        @Positive(message = "max_tokens must be positive") Integer maxTokens,
        ResponseFormat responseFormat,
        boolean useCache) {

    public ModelRequest {
        tools = tools == null ? List.of() : List.copyOf(tools);
        messages = messages == null ? null : List.copyOf(messages);
    }

    /** The common case: a feature's conversation on a tier, through the cache. */
    public static ModelRequest of(String feature, String model, List<ChatMessage> messages) {
        return new ModelRequest(feature, null, model, messages, List.of(), null, null, null, true);
    }
}
