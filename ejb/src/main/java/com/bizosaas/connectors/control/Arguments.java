package com.bizosaas.connectors.control;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading checked tool arguments in the connectors: absent ones are null or a default. */
final class Arguments {

    private Arguments() {
    }

    static String text(JsonObject arguments, String name) {
        return arguments.containsKey(name) ? arguments.getString(name) : null;
    }

    static int limit(JsonObject arguments) {
        return arguments.containsKey("limit") ? arguments.getInt("limit") : 10;
    }

    static BigDecimal amount(JsonObject arguments) {
        return arguments.containsKey("amount") ? arguments.getJsonNumber("amount").bigDecimalValue() : null;
    }

    /** An amount in the smallest unit of the currency (cents), as Stripe takes it. */
    static String cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** "status=paused; budget=20" as name → value pairs; a text without "=" is one "note". */
    static Map<String, String> changes(String changes) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : changes.split("[;,\\n]")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                pairs.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            } else if (!part.isBlank()) {
                pairs.merge("note", part.strip(), (a, b) -> a + "; " + b);
            }
        }
        return pairs;
    }
}
