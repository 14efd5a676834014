package com.bizosaas.console;

import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** JSON typed into a console field: read as an object, or refused naming the field; and JSON shown to be read. */
public final class JsonText {

    private static final JsonWriterFactory PRETTY = JsonProvider.provider()
            .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonText() {
    }

    /** The object the text holds; blank text is an empty object. */
    public static JsonObject object(String field, String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Jsonp.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw Refusal.invalid(field, field + " must be a JSON object, like {\"limit\": 5}");
        }
    }

    /** A JSON object's text laid out on indented lines, for editing. */
    public static String pretty(String json) {
        StringWriter text = new StringWriter();
        try (var reader = Jsonp.createReader(new StringReader(json)); var writer = PRETTY.createWriter(text)) {
            writer.write(reader.readObject());
        }
        return text.toString().strip();
    }
}
