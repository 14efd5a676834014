package com.bizosaas.llm.control;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the tools of an OpenAI-style request ({@code {"type":"function","function":{name, description,
 * parameters}}}, parameters in JSON Schema) into LangChain4j tool specifications. The subset understood:
 * object (properties, required, description), string (with enum), integer, number, boolean, array (items).
 * Anything else is refused with the path of the offending element, so a schema no provider could use never
 * leaves the gateway.
 */
public final class ToolSchemas {

    private static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final int MAX_DEPTH = 8;

    /** A schema that cannot be used, and where. */
    public static final class InvalidSchemaException extends IllegalArgumentException {
        private final String path;

        InvalidSchemaException(String path, String message) {
            super(path + ": " + message);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    private ToolSchemas() {
    }

    public static List<ToolSpecification> read(JsonArray tools) {
        List<ToolSpecification> specifications = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            String path = "tools[" + i + "]";
            JsonObject tool = object(tools.get(i), path);
            if (!"function".equals(string(tool, "type", path))) {
                throw new InvalidSchemaException(path + ".type", "only \"function\" tools are supported");
            }
            JsonObject function = object(tool.get("function"), path + ".function");
            String name = string(function, "name", path + ".function");
            if (name == null || !TOOL_NAME.matcher(name).matches()) {
                throw new InvalidSchemaException(path + ".function.name", "must be 1-64 letters, digits, '_' or '-'");
            }
            ToolSpecification.Builder spec = ToolSpecification.builder().name(name)
                    .description(string(function, "description", path + ".function"));
            JsonValue parameters = function.get("parameters");
            if (parameters != null && parameters.getValueType() != JsonValue.ValueType.NULL) {
                JsonSchemaElement element = element(parameters, path + ".function.parameters", 0);
                if (!(element instanceof JsonObjectSchema objectSchema)) {
                    throw new InvalidSchemaException(path + ".function.parameters", "must be a schema of type \"object\"");
                }
                spec.parameters(objectSchema);
            }
            specifications.add(spec.build());
        }
        return specifications;
    }

    private static JsonSchemaElement element(JsonValue value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidSchemaException(path, "nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonObject schema = object(value, path);
        String description = string(schema, "description", path);
        if (schema.containsKey("enum")) {
            JsonValue values = schema.get("enum");
            if (values.getValueType() != JsonValue.ValueType.ARRAY || values.asJsonArray().isEmpty()
                    || !values.asJsonArray().stream().allMatch(v -> v instanceof JsonString)) {
                throw new InvalidSchemaException(path + ".enum", "must be a non-empty array of strings");
            }
            return JsonEnumSchema.builder().description(description)
                    .enumValues(values.asJsonArray().getValuesAs(JsonString::getString)).build();
        }
        String type = string(schema, "type", path);
        if (type == null) {
            throw new InvalidSchemaException(path + ".type", "is required");
        }
        return switch (type) {
            case "string" -> JsonStringSchema.builder().description(description).build();
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            case "array" -> {
                if (!schema.containsKey("items")) {
                    throw new InvalidSchemaException(path + ".items", "is required for an array");
                }
                yield JsonArraySchema.builder().description(description)
                        .items(element(schema.get("items"), path + ".items", depth + 1)).build();
            }
            case "object" -> {
                JsonObjectSchema.Builder builder = JsonObjectSchema.builder().description(description);
                JsonValue properties = schema.get("properties");
                List<String> names = new ArrayList<>();
                if (properties != null) {
                    JsonObject map = object(properties, path + ".properties");
                    for (var property : map.entrySet()) {
                        builder.addProperty(property.getKey(),
                                element(property.getValue(), path + ".properties." + property.getKey(), depth + 1));
                        names.add(property.getKey());
                    }
                }
                JsonValue required = schema.get("required");
                if (required != null) {
                    if (required.getValueType() != JsonValue.ValueType.ARRAY
                            || !required.asJsonArray().stream().allMatch(v -> v instanceof JsonString)) {
                        throw new InvalidSchemaException(path + ".required", "must be an array of property names");
                    }
                    List<String> requiredNames = required.asJsonArray().getValuesAs(JsonString::getString);
                    for (String name : requiredNames) {
                        if (!names.contains(name)) {
                            throw new InvalidSchemaException(path + ".required", "names '" + name + "', which is not a property");
                        }
                    }
                    builder.required(requiredNames);
                }
                yield builder.build();
            }
            default -> throw new InvalidSchemaException(path + ".type", "'" + type
                    + "' is not supported (string, integer, number, boolean, array, object)");
        };
    }

    private static JsonObject object(JsonValue value, String path) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidSchemaException(path, "must be a JSON object");
        }
        return value.asJsonObject();
    }

    private static String string(JsonObject object, String name, String path) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidSchemaException(path + "." + name, "must be a string");
        }
        return text.getString();
    }
}
