package com.bizosaas.llm.api;

import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.llm.boundary.ModelRequest;
import com.bizosaas.llm.control.ToolSchemas;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an OpenAI chat-completions body into a gateway request, refusing (400, field named) what does not fit:
 * a missing model, no messages, an unknown role, a tool call without id, a tool schema that does not parse.
 * Extensions: {@code "cache": false} (or header {@code X-Cache: off}) skips the semantic cache.
 */
final class OpenAiRequests {

    private OpenAiRequests() {
    }

    static ModelRequest chat(JsonObject body, boolean cacheAllowed) {
        String model = text(body, "model");
        if (model == null || model.isBlank()) {
            throw Refusal.invalid("model", "model is required (auto, cheap, balanced, premium, bizosaas-offline or a model of GET /v1/models)");
        }
        JsonValue messagesValue = body.get("messages");
        if (messagesValue == null || messagesValue.getValueType() != JsonValue.ValueType.ARRAY || messagesValue.asJsonArray().isEmpty()) {
            throw Refusal.invalid("messages", "messages must be a non-empty array");
        }
        List<ChatMessage> messages = new ArrayList<>();
        JsonArray array = messagesValue.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            messages.add(message(array.get(i), "messages[" + i + "]"));
        }
        List<ToolSpecification> tools = List.of();
        JsonValue toolsValue = body.get("tools");
        if (toolsValue != null && toolsValue.getValueType() != JsonValue.ValueType.NULL) {
            if (toolsValue.getValueType() != JsonValue.ValueType.ARRAY) {
                throw Refusal.invalid("tools", "tools must be an array");
            }
            try {
                tools = ToolSchemas.read(toolsValue.asJsonArray());
            } catch (ToolSchemas.InvalidSchemaException e) {
                throw Refusal.invalid(e.path(), "tool schema does not parse: " + e.getMessage());
            }
        }
        Double temperature = number(body, "temperature");
        Double maxTokens = number(body, "max_completion_tokens") != null ? number(body, "max_completion_tokens") : number(body, "max_tokens");
        boolean cache = cacheAllowed && !(body.containsKey("cache") && body.get("cache") == JsonValue.FALSE);
        return new ModelRequest("api", null, model, messages, tools, temperature,
                maxTokens == null ? null : maxTokens.intValue(), responseFormat(body), cache);
    }

    private static ChatMessage message(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.invalid(path, "each message must be an object with a role");
        }
        JsonObject message = value.asJsonObject();
        String role = text(message, "role");
        String content = content(message.get("content"), path + ".content");
        if (role == null) {
            throw Refusal.invalid(path + ".role", "role is required (system, developer, user, assistant or tool)");
        }
        return switch (role) {
            case "system", "developer" -> SystemMessage.from(required(content, path + ".content"));
            case "user" -> UserMessage.from(required(content, path + ".content"));
            case "assistant" -> assistant(message, content, path);
            case "tool" -> {
                String id = text(message, "tool_call_id");
                if (id == null) {
                    throw Refusal.invalid(path + ".tool_call_id", "a tool message needs the tool_call_id it answers");
                }
                yield ToolExecutionResultMessage.from(id, text(message, "name"), content == null ? "" : content);
            }
            default -> throw Refusal.invalid(path + ".role", "unknown role '" + role + "' (system, developer, user, assistant or tool)");
        };
    }

    private static AiMessage assistant(JsonObject message, String content, String path) {
        JsonValue calls = message.get("tool_calls");
        if (calls == null || calls.getValueType() != JsonValue.ValueType.ARRAY || calls.asJsonArray().isEmpty()) {
            return AiMessage.from(content == null ? "" : content);
        }
        List<ToolExecutionRequest> requests = new ArrayList<>();
        for (int i = 0; i < calls.asJsonArray().size(); i++) {
            String callPath = path + ".tool_calls[" + i + "]";
            JsonValue call = calls.asJsonArray().get(i);
            if (call.getValueType() != JsonValue.ValueType.OBJECT || !(call.asJsonObject().get("function") instanceof JsonObject function)) {
                throw Refusal.invalid(callPath, "a tool call needs an id and a function {name, arguments}");
            }
            String id = text(call.asJsonObject(), "id");
            String name = text(function, "name");
            if (id == null || name == null) {
                throw Refusal.invalid(callPath, "a tool call needs an id and a function name");
            }
            String arguments = text(function, "arguments");
            requests.add(ToolExecutionRequest.builder().id(id).name(name).arguments(arguments == null ? "{}" : arguments).build());
        }
        return content == null || content.isEmpty() ? AiMessage.from(requests) : AiMessage.from(content, requests);
    }

    /** Text content, or the text parts of an array content joined. */
    private static String content(JsonValue value, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().map(part -> {
                if (part.getValueType() != JsonValue.ValueType.OBJECT || !"text".equals(text(part.asJsonObject(), "type"))) {
                    throw Refusal.invalid(path, "only text content parts are supported");
                }
                String text = text(part.asJsonObject(), "text");
                if (text == null) {
                    throw Refusal.invalid(path, "a text content part needs its text as a string");
                }
                return text;
            }).collect(Collectors.joining("\n"));
        }
        throw Refusal.invalid(path, "content must be a string or an array of text parts");
    }

    private static String required(String content, String path) {
        if (content == null || content.isBlank()) {
            throw Refusal.invalid(path, "content must not be empty");
        }
        return content;
    }

    private static ResponseFormat responseFormat(JsonObject body) {
        if (!(body.get("response_format") instanceof JsonObject format)) {
            return null;
        }
        String type = text(format, "type");
        if ("json_object".equals(type)) {
            return ResponseFormat.JSON;
        }
        if ("json_schema".equals(type)) {
            if (!(format.get("json_schema") instanceof JsonObject jsonSchema)
                    || !(jsonSchema.get("schema") instanceof JsonObject schema)) {
                throw Refusal.invalid("response_format.json_schema.schema",
                        "a json_schema response format needs json_schema.schema, a JSON Schema object");
            }
            try {
                var tool = ToolSchemas.read(Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                        .add("type", "function").add("function", Jsonp.createObjectBuilder()
                                .add("name", text(jsonSchema, "name") == null ? "answer" : text(jsonSchema, "name"))
                                .add("parameters", schema))).build()).get(0);
                return ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder()
                        .name(tool.name()).rootElement((JsonObjectSchema) tool.parameters()).build()).build();
            } catch (ToolSchemas.InvalidSchemaException e) {
                throw Refusal.invalid("response_format.json_schema.schema", "schema does not parse: " + e.getMessage());
            }
        }
        if (type == null || "text".equals(type)) {
            return null;
        }
        throw Refusal.invalid("response_format.type", "unknown response format '" + type + "' (text, json_object, json_schema)");
    }

    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static Double number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw Refusal.invalid(name, name + " must be a number");
        }
        return number.doubleValue();
    }
}
