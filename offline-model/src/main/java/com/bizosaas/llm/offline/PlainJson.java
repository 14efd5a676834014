package com.bizosaas.llm.offline;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The model's values as JSON text and back, through JSON-P. The model keeps plain Java values
 * ({@code Map<String, Object>} in insertion order, {@code List<Object>}, {@code String},
 * {@code BigDecimal}/{@code BigInteger}, {@code Boolean}, {@code null}) because it fills answers a property at a
 * time and compares what JSON says with what prose says; JSON-P stops at this class. Text is written exactly as
 * JSON-P writes it, except that whole numbers never get an exponent and U+2028/U+2029 are escaped.
 */
final class PlainJson {

    /** Once: {@code JsonProvider.provider()} scans the class path on every call (see jpa's {@code Jsonp}). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The depth the model has always read; deeper JSON in a prompt is not taken for arguments. */
    private static final int MAX_DEPTH = 64;

    /** 1e999999999 would print as a billion digits. */
    private static final int MAX_SCALE = 1000;

    private PlainJson() {
    }

    static String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            write(value, out);
        }
        return escapeLineSeparators(text.toString());
    }

    private static void write(Object value, JsonGenerator out) {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String s) {
            out.write(s);
        } else if (value instanceof Boolean b) {
            out.write(b.booleanValue());
        } else if (value instanceof BigDecimal d) {
            writeNumber(d, out);
        } else if (value instanceof BigInteger i) {
            out.write(i);
        } else if (value instanceof Integer || value instanceof Long) {
            out.write(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            writeNumber(BigDecimal.valueOf(((Number) value).doubleValue()), out);
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeKey(String.valueOf(entry.getKey()));
                write(entry.getValue(), out);
            }
            out.writeEnd();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                write(item, out);
            }
            out.writeEnd();
        } else {
            out.write(value.toString());
        }
    }

    /** Whole numbers without an exponent (JSON-P would write 1E+3 for a BigDecimal of 1000 read as "1e3"). */
    private static void writeNumber(BigDecimal number, JsonGenerator out) {
        if (number.scale() <= 0) {
            out.write(number.toBigInteger());
        } else {
            out.write(number);
        }
    }

    /**
     * JSON allows U+2028 and U+2029 unescaped, JavaScript strings before ES2019 do not; the model has always escaped
     * them. Outside strings JSON-P writes neither, so replacing them in the whole text touches string content only.
     */
    private static String escapeLineSeparators(String json) {
        if (json.indexOf('\u2028') < 0 && json.indexOf('\u2029') < 0) {
            return json;
        }
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** Parses one JSON value; throws {@link IllegalArgumentException} when the text is not exactly that. */
    static Object parse(String text) {
        try (JsonParser in = JSON.createParser(new StringReader(text))) {
            Object value = read(in, in.next(), 0);
            if (in.hasNext()) {
                throw new IllegalArgumentException("trailing text after the JSON value");
            }
            return value;
        } catch (JsonException | NoSuchElementException | IllegalStateException | UnsupportedOperationException bad) {
            // JsonParsingException for bad syntax, NoSuchElementException for no value at all,
            // UnsupportedOperationException for a number of more than 1,100 characters (Parsson's limit)
            throw new IllegalArgumentException("not one JSON value: " + bad.getMessage(), bad);
        }
    }

    private static Object read(JsonParser in, JsonParser.Event event, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deeply");
        }
        return switch (event) {
            case START_OBJECT -> object(in, depth);
            case START_ARRAY -> array(in, depth);
            case VALUE_STRING -> in.getString();
            case VALUE_NUMBER -> number(in);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + event);
        };
    }

    private static Map<String, Object> object(JsonParser in, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonParser.Event event = in.next(); event != JsonParser.Event.END_OBJECT; event = in.next()) {
            String name = in.getString();
            map.put(name, read(in, in.next(), depth + 1));
        }
        return map;
    }

    private static List<Object> array(JsonParser in, int depth) {
        List<Object> list = new ArrayList<>();
        for (JsonParser.Event event = in.next(); event != JsonParser.Event.END_ARRAY; event = in.next()) {
            list.add(read(in, event, depth + 1));
        }
        return list;
    }

    private static BigDecimal number(JsonParser in) {
        BigDecimal number = in.getBigDecimal();
        if (Math.abs((long) number.scale()) > MAX_SCALE) {
            throw new IllegalArgumentException("number out of range");
        }
        return number;
    }

    /**
     * The first JSON object embedded in free text ("... with {"orderId": "A-1"} please"), or null. Only the first
     * few opening braces are tried, so that a long prompt full of braces stays cheap. Where an object starts and
     * ends in prose is found here: JSON-P reads a text that is JSON, not JSON inside prose.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> embeddedObject(String text) {
        int from = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            int open = text.indexOf('{', from);
            if (open < 0) {
                return null;
            }
            int close = matchingBrace(text, open);
            if (close < 0) {
                return null;
            }
            try {
                Object value = parse(text.substring(open, close + 1));
                if (value instanceof Map<?, ?> map) {
                    return (Map<String, Object>) map;
                }
            } catch (IllegalArgumentException notJson) {
                // prose in braces: try the next one
            }
            from = open + 1;
        }
        return null;
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
