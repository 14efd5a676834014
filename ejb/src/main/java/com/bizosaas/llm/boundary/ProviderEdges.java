package com.bizosaas.llm.boundary;

import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Where a call leaves for a provider, guarded by MicroProfile Fault Tolerance: a timeout, one retry with
 * jittered back-off for transient failures (not for a request the provider refuses as invalid, and not after a
 * timeout: a slow provider is passed over at once, so the fallback comes within the timeout), and a
 * circuit breaker per provider — one method each, because the breaker's state belongs to the method — that
 * opens after half of 4 calls failed and tries again after 10 s. The gateway walks its fallback chain when one
 * of these throws. Every value can be changed by configuration, e.g.
 * {@code com.bizosaas.llm.boundary.ProviderEdges/openAi/Timeout/value=2000} (milliseconds, as every value here).
 */
@ApplicationScoped
public class ProviderEdges {

    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = {NonRetriableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
            successThreshold = 1, skipOn = NonRetriableException.class)
    public ChatResponse openAi(ChatModel client, ChatRequest request) {
        return client.chat(request);
    }

    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = {NonRetriableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
            successThreshold = 1, skipOn = NonRetriableException.class)
    public ChatResponse anthropic(ChatModel client, ChatRequest request) {
        return client.chat(request);
    }

    @Timeout(60_000)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = {NonRetriableException.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
            successThreshold = 1, skipOn = NonRetriableException.class)
    public ChatResponse ollama(ChatModel client, ChatRequest request) {
        return client.chat(request);
    }
}
