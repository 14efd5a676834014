package com.bizosaas.llm.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of a request as the offline model reads them: texts only (images, audio and other content are
 * ignored), the system messages together, the last user message, and a fingerprint of the whole conversation for
 * deterministic ids.
 */
final class Conversation {

    /** Written into the reply that asks for missing tool arguments, and recognised when the user answers it. */
    static final String STILL_NEED = " I still need: ";

    private final List<ChatMessage> messages;

    Conversation(List<ChatMessage> messages) {
        this.messages = messages == null ? List.of() : messages;
    }

    List<ChatMessage> messages() {
        return messages;
    }

    ChatMessage last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    /** All system messages, in order, separated by blank lines. */
    String system() {
        StringBuilder out = new StringBuilder();
        for (ChatMessage message : messages) {
            if (message instanceof SystemMessage system && system.text() != null) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(system.text());
            }
        }
        return out.toString();
    }

    /** The text of the last user message, or "" when there is none. */
    String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user) {
                return textOf(user);
            }
        }
        return "";
    }

    /**
     * What the user asked of a tool. When the model's previous turn asked for missing arguments, the user's answer
     * completes the request before it ("Refund order A-1001" + "amount: 49.90"), up to three rounds back.
     */
    String toolRequestText() {
        int index = messages.size() - 1;
        if (index < 0 || !(messages.get(index) instanceof UserMessage last)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(textOf(last));
        for (int round = 0; round < 3; round++) {
            if (index < 2 || !(messages.get(index - 1) instanceof AiMessage ai) || ai.hasToolExecutionRequests()
                    || ai.text() == null || !ai.text().contains(STILL_NEED)
                    || !(messages.get(index - 2) instanceof UserMessage earlier)) {
                break;
            }
            parts.add(0, textOf(earlier));
            index -= 2;
        }
        return String.join("\n", parts);
    }

    /** The tool results that end the conversation, in order. */
    List<ToolExecutionResultMessage> trailingToolResults() {
        List<ToolExecutionResultMessage> results = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0 && messages.get(i) instanceof ToolExecutionResultMessage result; i--) {
            results.add(0, result);
        }
        return results;
    }

    /** The name of the tool a call id belongs to, for results that do not carry it. */
    String toolNameOf(String callId) {
        if (callId == null) {
            return null;
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    if (callId.equals(call.id())) {
                        return call.name();
                    }
                }
            }
        }
        return null;
    }

    static String textOf(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return nullToEmpty(system.text());
        }
        if (message instanceof UserMessage user) {
            if (user.hasSingleText()) {
                return nullToEmpty(user.singleText());
            }
            StringBuilder out = new StringBuilder();
            for (Content content : user.contents()) {
                if (content instanceof TextContent text && text.text() != null) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    out.append(text.text());
                }
            }
            return out.toString();
        }
        if (message instanceof AiMessage ai) {
            return nullToEmpty(ai.text());
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return nullToEmpty(result.text());
        }
        return "";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Characters the request carries, for the token estimate: every text, tool call, and tool definition. */
    long characters(List<ToolSpecification> tools) {
        long characters = 0;
        for (ChatMessage message : messages) {
            characters += textOf(message).length();
            if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    characters += length(call.name()) + length(call.arguments());
                }
            }
        }
        for (ToolSpecification tool : tools) {
            characters += length(tool.name()) + length(tool.description());
            if (tool.parameters() != null && tool.parameters().properties() != null) {
                for (String name : tool.parameters().properties().keySet()) {
                    characters += name.length();
                }
            }
        }
        return characters;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** A 64-bit FNV-1a fingerprint of the conversation: same messages, same ids, on every run and every node. */
    long fingerprint() {
        long hash = 0xcbf29ce484222325L;
        for (ChatMessage message : messages) {
            hash = fnv(hash, message.type().name());
            hash = fnv(hash, textOf(message));
            if (message instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    hash = fnv(hash, String.valueOf(call.id()));
                    hash = fnv(hash, String.valueOf(call.name()));
                    hash = fnv(hash, String.valueOf(call.arguments()));
                }
            }
            if (message instanceof ToolExecutionResultMessage result) {
                hash = fnv(hash, String.valueOf(result.id()));
            }
        }
        return hash;
    }

    static long fnv(long hash, String text) {
        long h = hash;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= 0xff;
        h *= 0x100000001b3L;
        return h;
    }
}
