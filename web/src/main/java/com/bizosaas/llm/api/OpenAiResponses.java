package com.bizosaas.llm.api;

import com.bizosaas.json.Jsonp;
import com.bizosaas.llm.boundary.ModelAnswer;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.output.FinishReason;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * A gateway answer in OpenAI's chat-completion shapes, whole or as stream chunks. Each carries a
 * {@code bizosaas} object (ignored by OpenAI clients) saying who answered — "offline" when the offline model
 * did — from the cache or not, after a fallback or not, and the cost.
 */
final class OpenAiResponses {

    /** Characters per streamed chunk: small enough to show progress, large enough not to flood. */
    private static final int CHUNK = 24;

    private OpenAiResponses() {
    }

    static JsonObject completion(ModelAnswer answer, long created) {
        JsonObjectBuilder message = Jsonp.createObjectBuilder().add("role", "assistant");
        if (answer.message().text() == null) {
            message.addNull("content");
        } else {
            message.add("content", answer.message().text());
        }
        if (answer.message().hasToolExecutionRequests()) {
            message.add("tool_calls", toolCalls(answer.message().toolExecutionRequests(), false));
        }
        return Jsonp.createObjectBuilder()
                .add("id", answer.id()).add("object", "chat.completion").add("created", created).add("model", answer.model())
                .add("choices", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                        .add("index", 0).add("message", message).add("finish_reason", finishReason(answer))
                        .addNull("logprobs")))
                .add("usage", usage(answer))
                .add("bizosaas", about(answer))
                .build();
    }

    /** The stream of chunks: the role, the text in pieces, the tool calls, the finish reason, then usage if asked. */
    static List<JsonObject> chunks(ModelAnswer answer, long created, boolean includeUsage) {
        List<JsonObject> chunks = new ArrayList<>();
        chunks.add(chunk(answer, created, Jsonp.createObjectBuilder().add("role", "assistant").add("content", ""), null));
        String text = answer.message().text();
        if (text != null) {
            for (int i = 0; i < text.length(); i += CHUNK) {
                int end = Math.min(text.length(), i + CHUNK);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end++;
                }
                chunks.add(chunk(answer, created, Jsonp.createObjectBuilder().add("content", text.substring(i, end)), null));
                i = end - CHUNK;
            }
        }
        if (answer.message().hasToolExecutionRequests()) {
            chunks.add(chunk(answer, created, Jsonp.createObjectBuilder()
                    .add("tool_calls", toolCalls(answer.message().toolExecutionRequests(), true)), null));
        }
        chunks.add(chunk(answer, created, Jsonp.createObjectBuilder(), finishReason(answer)));
        if (includeUsage) {
            chunks.add(Jsonp.createObjectBuilder().add("id", answer.id()).add("object", "chat.completion.chunk")
                    .add("created", created).add("model", answer.model()).add("choices", Jsonp.createArrayBuilder())
                    .add("usage", usage(answer)).add("bizosaas", about(answer)).build());
        }
        return chunks;
    }

    private static JsonObject chunk(ModelAnswer answer, long created, JsonObjectBuilder delta, String finishReason) {
        JsonObjectBuilder choice = Jsonp.createObjectBuilder().add("index", 0).add("delta", delta);
        if (finishReason == null) {
            choice.addNull("finish_reason");
        } else {
            choice.add("finish_reason", finishReason);
        }
        return Jsonp.createObjectBuilder().add("id", answer.id()).add("object", "chat.completion.chunk")
                .add("created", created).add("model", answer.model())
                .add("choices", Jsonp.createArrayBuilder().add(choice)).build();
    }

    private static JsonArrayBuilder toolCalls(List<ToolExecutionRequest> requests, boolean streamed) {
        JsonArrayBuilder calls = Jsonp.createArrayBuilder();
        for (int i = 0; i < requests.size(); i++) {
            ToolExecutionRequest request = requests.get(i);
            JsonObjectBuilder call = Jsonp.createObjectBuilder();
            if (streamed) {
                call.add("index", i);
            }
            calls.add(call.add("id", request.id() == null ? "call_" + i : request.id()).add("type", "function")
                    .add("function", Jsonp.createObjectBuilder().add("name", request.name())
                            .add("arguments", request.arguments() == null ? "{}" : request.arguments())));
        }
        return calls;
    }

    private static String finishReason(ModelAnswer answer) {
        if (answer.message().hasToolExecutionRequests() || answer.finishReason() == FinishReason.TOOL_EXECUTION) {
            return "tool_calls";
        }
        return answer.finishReason() == FinishReason.LENGTH ? "length"
                : answer.finishReason() == FinishReason.CONTENT_FILTER ? "content_filter" : "stop";
    }

    private static JsonObjectBuilder usage(ModelAnswer answer) {
        return Jsonp.createObjectBuilder().add("prompt_tokens", answer.promptTokens())
                .add("completion_tokens", answer.completionTokens())
                .add("total_tokens", answer.promptTokens() + answer.completionTokens());
    }

    private static JsonObjectBuilder about(ModelAnswer answer) {
        JsonArrayBuilder failures = Jsonp.createArrayBuilder();
        answer.failures().forEach(failures::add);
        return Jsonp.createObjectBuilder().add("provider", answer.provider()).add("tier", answer.tier())
                .add("offline", answer.offline()).add("cache_hit", answer.cacheHit())
                .add("fallback_used", answer.fallbackUsed()).add("failures", failures)
                .add("cost_usd", answer.costUsd());
    }
}
