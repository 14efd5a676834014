package com.bizosaas.console;

import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;

/** JSON typed into a console field: read as an object, or refused naming the field. */
public final class JsonText {

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
}
