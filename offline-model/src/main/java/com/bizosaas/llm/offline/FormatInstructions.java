package com.bizosaas.llm.offline;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output instructions LangChain4j AI services append to the user message when a method returns an enum or,
 * for models without JSON-schema support, a POJO ("You must answer strictly with one of these enums: ..." /
 * "You must answer strictly in the following JSON format: {...}"). They are read as a label list or a schema and
 * removed from the text, so that the instruction itself is never summarised or classified.
 */
final class FormatInstructions {

    /** The user text without the instructions, and what they asked for (labels, a schema, or neither). */
    record Parsed(String text, List<String> labels, Map<String, String> labelDescriptions, JsonObjectSchema schema) {
    }

    private static final String ENUMS = "You must answer strictly with one of these enums:";
    private static final String JSON = "You must answer strictly in the following JSON format:";
    private static final String OTHER = "You must answer strictly in the following format:";
    private static final Pattern ENUM_LINE = Pattern.compile("^\\s*([A-Za-z0-9_$]+)(?:\\s+-\\s+(.*))?$");
    private static final Pattern FIELD = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\(type:\\s*");
    private static final Pattern ONE_OF = Pattern.compile("(?i)one of \\[([^\\]]*)]");

    private FormatInstructions() {
    }

    static Parsed parse(String text) {
        int enums = text.lastIndexOf(ENUMS);
        if (enums >= 0) {
            List<String> labels = new ArrayList<>();
            Map<String, String> descriptions = new LinkedHashMap<>();
            for (String line : text.substring(enums + ENUMS.length()).split("\\R")) {
                Matcher m = ENUM_LINE.matcher(line);
                if (m.matches()) {
                    labels.add(m.group(1));
                    if (m.group(2) != null) {
                        descriptions.put(m.group(1), m.group(2).strip());
                    }
                }
            }
            return new Parsed(text.substring(0, enums).strip(), labels, descriptions, null);
        }
        int json = text.lastIndexOf(JSON);
        if (json >= 0) {
            String template = text.substring(json + JSON.length());
            int open = template.indexOf('{');
            JsonObjectSchema schema = open < 0 ? null : object(template, open + 1, new int[1]);
            return new Parsed(text.substring(0, json).strip(), List.of(), Map.of(), schema);
        }
        int other = text.lastIndexOf(OTHER);
        if (other >= 0) {
            Matcher oneOf = ONE_OF.matcher(text.substring(other));
            List<String> labels = new ArrayList<>();
            if (oneOf.find()) {
                for (String label : oneOf.group(1).split("\\s*,\\s*")) {
                    if (!label.isBlank()) {
                        labels.add(label.strip());
                    }
                }
            }
            return new Parsed(text.substring(0, other).strip(), labels, Map.of(), null);
        }
        return new Parsed(text, List.of(), Map.of(), null);
    }

    /** Reads "name": (type: ...) fields up to the closing brace of this level; end[0] receives where it stopped. */
    private static JsonObjectSchema object(String template, int from, int[] end) {
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder();
        int at = from;
        Matcher field = FIELD.matcher(template);
        while (at < template.length()) {
            int close = template.indexOf('}', at);
            if (!field.find(at) || (close >= 0 && close < field.start())) {
                end[0] = close < 0 ? template.length() : close + 1;
                return builder.build();
            }
            String name = field.group(1);
            int typeStart = field.end();
            int nestedOpen = template.indexOf('{', typeStart);
            int lineEnd = lineEnd(template, typeStart);
            if (nestedOpen >= 0 && nestedOpen < lineEnd) {
                int[] nestedEnd = new int[1];
                builder.addProperty(name, object(template, nestedOpen + 1, nestedEnd));
                at = nestedEnd[0];
            } else {
                builder.addProperty(name, element(template.substring(typeStart, lineEnd)));
                at = lineEnd;
            }
        }
        end[0] = template.length();
        return builder.build();
    }

    private static int lineEnd(String template, int from) {
        int newline = template.indexOf('\n', from);
        return newline < 0 ? template.length() : newline;
    }

    private static JsonSchemaElement element(String type) {
        String t = type.strip().replaceAll("[),]+$", "").strip().toLowerCase(Locale.ROOT);
        Matcher oneOf = ONE_OF.matcher(type);
        if (oneOf.find()) {
            List<String> values = new ArrayList<>();
            for (String value : oneOf.group(1).split("\\s*,\\s*")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
            if (!values.isEmpty()) {
                return JsonEnumSchema.builder().enumValues(values).build();
            }
        }
        if (t.startsWith("array of ")) {
            return JsonArraySchema.builder().items(element(t.substring("array of ".length()))).build();
        }
        if (t.startsWith("integer") || t.startsWith("int") || t.startsWith("long")) {
            return JsonIntegerSchema.builder().build();
        }
        if (t.startsWith("number") || t.startsWith("double") || t.startsWith("float") || t.startsWith("decimal")) {
            return JsonNumberSchema.builder().build();
        }
        if (t.startsWith("boolean")) {
            return JsonBooleanSchema.builder().build();
        }
        if (t.startsWith("date")) {
            return JsonStringSchema.builder().description("date").build();
        }
        return JsonStringSchema.builder().build();
    }
}
