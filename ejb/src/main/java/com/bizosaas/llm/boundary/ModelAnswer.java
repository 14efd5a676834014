package com.bizosaas.llm.boundary;

import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.data.message.AiMessage;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the gateway answered, and how: which provider and model, whether from the cache or after a fallback,
 * whether by the offline model (which the consoles label as such), tokens and cost.
 *
 * @param failures the providers that failed before the one that answered, each with its cause
 */
public record ModelAnswer(String id, AiMessage message, FinishReason finishReason, String provider, String model,
                          String tier, int promptTokens, int completionTokens, BigDecimal costUsd,
                          boolean cacheHit, boolean fallbackUsed, List<String> failures) {

    public boolean offline() {
        return Providers.OFFLINE.equals(provider);
    }
}
