package com.bizosaas.llm.boundary;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node has seen of each provider lately, for the console: calls, failures, the last error (its
 * cause, never a key: provider clients do not put keys in messages, and the message is cut short), the last
 * latency and whether the circuit breaker refused the last call.
 */
@ApplicationScoped
public class ProviderHealth {

    /** One provider's recent record. */
    public record Status(String provider, long calls, long failures, int consecutiveFailures, String lastError,
                         Instant lastErrorAt, long lastLatencyMs, Instant lastSuccessAt, boolean circuitOpen) {

        public String state() {
            if (circuitOpen) {
                return "circuit open";
            }
            if (consecutiveFailures > 0) {
                return "failing";
            }
            return calls == 0 ? "no calls yet" : "up";
        }
    }

    private final Map<String, Status> statuses = new ConcurrentHashMap<>();

    public void succeeded(String provider, long latencyMs) {
        statuses.compute(provider, (p, s) -> s == null
                ? new Status(p, 1, 0, 0, null, null, latencyMs, Instant.now(), false)
                : new Status(p, s.calls() + 1, s.failures(), 0, s.lastError(), s.lastErrorAt(), latencyMs, Instant.now(), false));
    }

    public void failed(String provider, Throwable cause) {
        boolean open = cause instanceof CircuitBreakerOpenException;
        String message = describe(cause);
        statuses.compute(provider, (p, s) -> s == null
                ? new Status(p, 1, 1, 1, message, Instant.now(), 0, null, open)
                : new Status(p, s.calls() + 1, s.failures() + 1, s.consecutiveFailures() + 1, message, Instant.now(),
                s.lastLatencyMs(), s.lastSuccessAt(), open));
    }

    public List<Status> all() {
        return statuses.values().stream().sorted((a, b) -> a.provider().compareTo(b.provider())).toList();
    }

    /**
     * What a tenant is told of a provider's failure: its kind, never the provider's own text — which may name the
     * provider's URLs, hosts or account — and never the operator's settings (issue 14). The whole cause is in the
     * super-admin's provider health and, with the incident id the tenant is given, in the server log.
     */
    public static String kindOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CircuitBreakerOpenException) {
                return "passed over: its circuit is open after repeated failures";
            }
            if (cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || cause instanceof dev.langchain4j.exception.TimeoutException
                    || cause instanceof java.net.http.HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return "timed out";
            }
            if (cause instanceof RateLimitException) {
                return "rate-limited by the provider";
            }
            if (cause instanceof AuthenticationException) {
                return "refused the platform's credentials";
            }
            if (cause instanceof HttpException http) {
                return "answered HTTP " + http.statusCode();
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
                return "unreachable";
            }
        }
        return "failed";
    }

    /** A failure's cause in one line: its type and message, cut short (for the super-admin and the log). */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        message = message.replaceAll("\\s+", " ");
        return message.length() <= 240 ? message : message.substring(0, 240) + "…";
    }
}
