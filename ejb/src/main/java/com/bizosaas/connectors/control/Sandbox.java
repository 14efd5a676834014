package com.bizosaas.connectors.control;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Every integration's sandbox: answers a tool call with plausible data of the right shape — items for a list,
 * figures for a report, an id and a status for a change — derived from the tenant, the tool and its arguments, so
 * the same call gives the same answer. Nothing leaves the platform. Every answer says {@code "sandbox": true}.
 */
public final class Sandbox {

    private static final String[] NAMES = {"Aurora", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Grove", "Harbor",
            "Iris", "Juniper", "Kestrel", "Lumen"};

    private Sandbox() {
    }

    public static JsonObject answer(UUID tenant, ToolDefinition tool, JsonObject arguments) {
        long seed = fnv(tenant + "\u0000" + tool.name() + "\u0000" + arguments);
        JsonObjectBuilder answer = Jsonp.createObjectBuilder().add("sandbox", true)
                .add("note", "sandbox data for " + tool.integration() + ": plausible, not the tenant's account");
        String object = tool.object().isEmpty() ? "item" : tool.object();
        switch (tool.verb()) {
            case "list", "search", "query" -> {
                int count = (int) Math.min(arguments.containsKey("limit") ? arguments.getInt("limit") : 10, 10);
                JsonArrayBuilder items = Jsonp.createArrayBuilder();
                for (int i = 0; i < count; i++) {
                    long s = mix(seed, i);
                    items.add(Jsonp.createObjectBuilder()
                            .add("id", prefix(object) + "_" + Long.toString(Math.abs(s) % 1_000_000_000L, 36))
                            .add("name", NAMES[(int) Math.floorMod(s, (long) NAMES.length)] + " " + singular(object) + " " + (i + 1))
                            .add("created", LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(s >> 8, 300)).toString())
                            .add("amount", money(s)));
                }
                if (arguments.containsKey("query")) {
                    answer.add("query", arguments.getString("query"));
                }
                answer.add(object.isEmpty() ? "items" : object, items);
            }
            case "get" -> answer.add("period", arguments.getString("period", "last_7_days"))
                    .add("figures", Jsonp.createObjectBuilder()
                            .add("count", Math.floorMod(seed, 5000) + 100)
                            .add("rate", BigDecimal.valueOf(Math.floorMod(seed >> 16, 1000), 3))
                            .add("value", money(seed >> 4))
                            .add("change_vs_previous_period", BigDecimal.valueOf(Math.floorMod(seed >> 24, 400) - 200, 3)));
            default -> answer.add("id", prefix(object) + "_" + Long.toString(Math.abs(seed) % 1_000_000_000L, 36))
                    .add("status", done(tool.verb())).add("request", arguments);
        }
        return answer.build();
    }

    private static String done(String verb) {
        return switch (verb) {
            case "send" -> "sent";
            case "publish" -> "published";
            case "refund" -> "refunded";
            case "create" -> "created";
            case "update" -> "updated";
            case "delete" -> "deleted";
            default -> "done";
        };
    }

    private static BigDecimal money(long s) {
        return BigDecimal.valueOf(Math.floorMod(s, 50_000) + 500, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String prefix(String object) {
        String letters = object.replace("_", "");
        return letters.substring(0, Math.min(3, letters.length()));
    }

    private static String singular(String object) {
        String last = object.substring(object.lastIndexOf('_') + 1);
        return last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    }

    private static long mix(long seed, int i) {
        return fnv(seed + ":" + i);
    }

    private static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
