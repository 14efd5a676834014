package com.bizosaas.connectors.control;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One tool an agent can call: {@code <integration>_<verb>_<object>} (for example {@code stripe_create_refund}), what
 * it does and the parameters it takes. {@link #changesSomething()} tools act on the tenant's account; the others read.
 */
public record ToolDefinition(String name, String integration, String verb, String object, String description,
                             List<Parameter> parameters) {

    /** The kinds of value a parameter takes. */
    public enum Type { STRING, INTEGER, NUMBER, CHOICE, DATE }

    /** One parameter; {@code min}/{@code max} bound numbers and the length of strings; {@code choices} a CHOICE. */
    public record Parameter(String name, Type type, boolean required, String description, BigDecimal min,
                            BigDecimal max, List<String> choices) {

        static Parameter text(String name, boolean required, int maxLength, String description) {
            return new Parameter(name, Type.STRING, required, description, BigDecimal.ONE, BigDecimal.valueOf(maxLength), List.of());
        }

        static Parameter integer(String name, int min, int max, String description) {
            return new Parameter(name, Type.INTEGER, false, description, BigDecimal.valueOf(min), BigDecimal.valueOf(max), List.of());
        }

        static Parameter amount(String name, boolean required, String description) {
            return new Parameter(name, Type.NUMBER, required, description, new BigDecimal("0.01"),
                    new BigDecimal("1000000"), List.of());
        }

        /** A calendar day, written YYYY-MM-DD: a connector builds its request from it, so it is read before it leaves. */
        static Parameter date(String name, boolean required, String description) {
            return new Parameter(name, Type.DATE, required, description, null, null, List.of());
        }

        static Parameter choice(String name, List<String> choices, String description) {
            return new Parameter(name, Type.CHOICE, false, description, null, null, List.copyOf(choices));
        }
    }

    public ToolDefinition {
        parameters = List.copyOf(parameters);
    }

    public boolean changesSomething() {
        return ToolDefinitions.WRITE_VERBS.contains(verb);
    }

    public Parameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The tool as a language model is offered it. */
    public ToolSpecification specification() {
        JsonObjectSchema.Builder schema = JsonObjectSchema.builder();
        for (Parameter p : parameters) {
            schema.addProperty(p.name(), schemaOf(p));
        }
        schema.required(parameters.stream().filter(Parameter::required).map(Parameter::name).toList());
        return ToolSpecification.builder().name(name).description(description).parameters(schema.build()).build();
    }

    private static JsonSchemaElement schemaOf(Parameter p) {
        return switch (p.type()) {
            case STRING, DATE -> JsonStringSchema.builder().description(p.description()).build();
            case INTEGER -> JsonIntegerSchema.builder().description(p.description()).build();
            case NUMBER -> JsonNumberSchema.builder().description(p.description()).build();
            case CHOICE -> JsonEnumSchema.builder().description(p.description()).enumValues(p.choices()).build();
        };
    }
}
