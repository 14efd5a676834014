package com.bizosaas.llm.offline;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a value as written ("1,200.50", "yes", "High", a JSON fragment) into the type a schema asks for, or
 * refuses it: a value that cannot be read as the type is not a value for that property.
 */
final class Coercion {

    static final Set<String> YES = Set.of("true", "yes", "y", "on", "enabled", "enable", "1");
    static final Set<String> NO = Set.of("false", "no", "n", "off", "disabled", "disable", "0");

    private Coercion() {
    }

    /** The value as the schema's type, or null when it cannot be read as one. */
    static Object coerce(Object raw, JsonSchemaElement element) {
        if (raw == null) {
            return null;
        }
        if (element instanceof JsonStringSchema) {
            if (raw instanceof String s) {
                return s;
            }
            return raw instanceof Map || raw instanceof List ? PlainJson.write(raw)
                    : raw instanceof BigDecimal d ? d.toPlainString() : raw.toString();
        }
        if (element instanceof JsonIntegerSchema) {
            BigDecimal number = number(raw);
            if (number == null || number.stripTrailingZeros().scale() > 0) {
                return null;
            }
            return number.toBigInteger();
        }
        if (element instanceof JsonNumberSchema) {
            return number(raw);
        }
        if (element instanceof JsonBooleanSchema) {
            if (raw instanceof Boolean b) {
                return b;
            }
            String word = raw.toString().strip().toLowerCase(Locale.ROOT);
            return YES.contains(word) ? Boolean.TRUE : NO.contains(word) ? Boolean.FALSE : null;
        }
        if (element instanceof JsonEnumSchema enumSchema) {
            String written = normalised(raw.toString());
            for (String value : enumSchema.enumValues()) {
                if (normalised(value).equals(written)) {
                    return value;
                }
            }
            return null;
        }
        if (element instanceof JsonArraySchema array) {
            List<?> items = raw instanceof List<?> list ? list : List.of(raw.toString().split("\\s*[,;]\\s*"));
            List<Object> values = new ArrayList<>();
            for (Object item : items) {
                Object value = array.items() == null ? item : coerce(item, array.items());
                if (value != null) {
                    values.add(value);
                }
            }
            return values.isEmpty() ? null : values;
        }
        if (element instanceof JsonObjectSchema) {
            return raw instanceof Map ? raw : null;
        }
        if (element instanceof JsonAnyOfSchema anyOf) {
            for (JsonSchemaElement option : anyOf.anyOf()) {
                Object value = coerce(raw, option);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        return raw;
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Boolean) {
            return null;
        }
        for (Recognizers.Found f : Recognizers.scan(raw.toString())) {
            if (f.kind() == Recognizers.Kind.NUMBER) {
                return f.number();
            }
        }
        return null;
    }

    /** Letters and digits only, lower-case: "Order ID", "order_id" and "orderId" are the same name. */
    static String normalised(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
