package com.bizosaas.connectors.control;

import com.bizosaas.connectors.control.ToolDefinition.Parameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Definitions of the catalogue's tools, read from their names: {@code <integration>_<verb>_<object>}. What a tool
 * takes follows from its verb (a list takes a limit and a start date, a send a recipient and a message, a refund
 * the payment and an amount …), so the 41 integrations' tools need no table of their own. A name without a known
 * verb is not a tool.
 */
public final class ToolDefinitions {

    static final Set<String> READ_VERBS = Set.of("list", "get", "search", "query");
    static final Set<String> WRITE_VERBS = Set.of("create", "send", "publish", "refund", "update", "delete");
    private static final List<String> PERIODS = List.of("today", "last_7_days", "last_30_days", "last_90_days");

    private ToolDefinitions() {
    }

    /**
     * The tool named so of the integration named so ("Stripe", "Google Search Console"), or empty when the name is
     * not {@code <integration>_<verb>_<object>} of that integration.
     */
    public static Optional<ToolDefinition> of(String name, String integrationName) {
        String integration = key(integrationName);
        if (name == null || !name.matches("[a-z0-9_]{3,120}") || !name.startsWith(integration + "_")) {
            return Optional.empty();
        }
        List<String> rest = Arrays.asList(name.substring(integration.length() + 1).split("_"));
        String verb = rest.get(0);
        if (!READ_VERBS.contains(verb) && !WRITE_VERBS.contains(verb)) {
            return Optional.empty();
        }
        return Optional.of(define(name, integration, verb, String.join("_", rest.subList(1, rest.size()))));
    }

    /** The integration's key as tool names start with it: "Facebook/Meta" → {@code facebook_meta}. */
    public static String key(String integrationName) {
        return integrationName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static ToolDefinition define(String name, String integration, String verb, String object) {
        String what = object.isEmpty() ? integration : object.replace('_', ' ');
        String where = label(integration);
        List<Parameter> parameters = new ArrayList<>();
        String description;
        boolean refund = "refund".equals(verb) || object.contains("refund");
        if (refund) {
            description = "Refund a payment on " + where + " (moves money back to the customer)";
            parameters.add(Parameter.text("payment_id", true, 120, "the payment, charge or capture to refund"));
            parameters.add(Parameter.amount("amount", false, "how much to refund; the whole payment when left out"));
            parameters.add(Parameter.text("reason", false, 500, "why, as the customer will see it"));
        } else {
            switch (verb) {
                case "list" -> {
                    description = "List the tenant's " + what + " on " + where + ", newest first";
                    parameters.add(Parameter.integer("limit", 1, 100, "how many, 1 to 100 (10 when left out)"));
                    parameters.add(Parameter.date("since", false, "only those since this date (YYYY-MM-DD)"));
                }
                case "get" -> {
                    description = "Get the " + what + " from " + where;
                    parameters.add(Parameter.text("id", false, 120, "which one, when the tool reads a single item"));
                    parameters.add(Parameter.choice("period", PERIODS, "the period to report on (last_7_days when left out)"));
                }
                case "search", "query" -> {
                    description = "Search " + where + " " + what + " for words";
                    parameters.add(Parameter.text("query", true, 500, "what to look for"));
                    parameters.add(Parameter.integer("limit", 1, 100, "how many results, 1 to 100 (10 when left out)"));
                }
                case "send" -> {
                    description = "Send " + article(what) + " through " + where + " (reaches people outside the tenant)";
                    parameters.add(Parameter.text("to", true, 320, "the recipient: an e-mail address, phone number or list"));
                    parameters.add(Parameter.text("subject", false, 200, "the subject, where the channel has one"));
                    parameters.add(Parameter.text("message", true, 10_000, "what to send"));
                }
                case "publish" -> {
                    description = "Publish " + article(what) + " on " + where + " (visible to the public)";
                    parameters.add(Parameter.text("content", true, 10_000, "what to publish"));
                    parameters.add(Parameter.text("schedule_at", false, 40, "when (ISO date-time); now when left out"));
                }
                case "create" -> {
                    description = "Create " + article(what) + " on " + where;
                    parameters.add(Parameter.text("name", true, 200, "its name or title"));
                    parameters.add(Parameter.amount("amount", false, "an amount, when it has one"));
                    parameters.add(Parameter.text("currency", false, 3, "the amount's currency (ISO code, e.g. USD)"));
                    parameters.add(Parameter.text("details", false, 2000, "anything else it needs"));
                }
                case "update" -> {
                    description = "Change the tenant's " + what + " on " + where;
                    parameters.add(Parameter.text("id", true, 120, "which one"));
                    parameters.add(Parameter.text("changes", true, 2000, "what to change, e.g. status=paused"));
                    parameters.add(Parameter.amount("amount", false, "a new amount, when the change is one"));
                }
                case "delete" -> {
                    description = "Delete or cancel " + article(what) + " on " + where + " (cannot be undone)";
                    parameters.add(Parameter.text("id", true, 120, "which one"));
                    parameters.add(Parameter.text("reason", false, 500, "why"));
                }
                default -> throw new IllegalStateException("verb " + verb);
            }
        }
        return new ToolDefinition(name, integration, refund ? "refund" : verb, object, description, parameters);
    }

    private static String label(String integration) {
        StringBuilder label = new StringBuilder();
        for (String word : integration.split("_")) {
            label.append(label.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return label.toString();
    }

    private static String article(String what) {
        return (what.matches("^[aeiou].*") ? "an " : "a ") + what;
    }
}
