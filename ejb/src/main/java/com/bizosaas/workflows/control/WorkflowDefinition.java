package com.bizosaas.workflows.control;

import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import com.bizosaas.workflows.entity.StepType;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workflow's steps as its definition's JSON writes them, checked: every step has a unique id, a known type and the
 * fields its type needs; {@code after} names only steps of the definition; the steps form no cycle; a condition
 * reads, and an input quotes, only steps that are done before it. Steps whose prerequisites are done run at the
 * same time — that is how branches run in parallel.
 *
 * <pre>{"steps": [
 *   {"id": "research", "type": "task", "agent": "hubspot-analytics", "input": "Who are our best leads for {{input}}?"},
 *   {"id": "email", "type": "task", "agent": "sendgrid-analytics", "after": ["research"],
 *    "input": "Draft an email to {{steps.research.result}}", "tool": {"name": "...", "arguments": {...}}},
 *   {"id": "review", "type": "approval", "after": ["email"], "reason": "A person reads the email first"},
 *   {"id": "big", "type": "condition", "after": ["review"], "step": "research", "contains": "enterprise"},
 *   {"id": "paid", "type": "event", "after": ["big"], "event": "payment.received", "timeout": "P3D"}
 * ]}</pre>
 *
 * A condition's {@code lacks} is the opposite of {@code contains} (the "else" branch). Refusals name the field
 * ({@code steps[2].after}) and what is wrong.
 */
public record WorkflowDefinition(List<Step> steps) {

    public static final int MAX_STEPS = 30;
    public static final int MAX_INPUT = 4000;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern STEP_RESULT = Pattern.compile("steps\\.([a-z][a-z0-9-]*)\\.result");
    private static final Map<StepType, Set<String>> FIELDS = Map.of(
            StepType.TASK, Set.of("id", "type", "after", "agent", "input", "tool"),
            StepType.APPROVAL, Set.of("id", "type", "after", "reason"),
            StepType.CONDITION, Set.of("id", "type", "after", "step", "contains", "lacks"),
            StepType.EVENT, Set.of("id", "type", "after", "event", "timeout"));
    private static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofDays(30);

    /**
     * A step: which fields are set depends on its type. {@code tool} is {@code {"name", "arguments"}} or null;
     * {@code timeout}, an event step's longest wait, or null.
     */
    public record Step(String id, StepType type, List<String> after, String agent, String input, JsonObject tool,
                       String reason, Condition condition, String event, Duration timeout) {
        public Step {
            after = List.copyOf(after);
        }
    }

    /** Whether an earlier step's result contains (or, with {@code lacks}, does not contain) a text, ignoring case. */
    public record Condition(String step, boolean contains, String text) {

        public boolean holds(String result) {
            boolean found = result != null
                    && result.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
            return found == contains;
        }

        public String describe() {
            return "the result of " + step + (contains ? " contains " : " lacks ") + "\"" + text + "\"";
        }
    }

    public WorkflowDefinition {
        steps = List.copyOf(steps);
    }

    /** Reads and checks a definition; a refusal names the field and what is wrong. */
    public static WorkflowDefinition parse(String json) {
        if (json == null || json.isBlank()) {
            throw Refusal.invalid("definition", "a definition {\"steps\": [...]} is required");
        }
        JsonObject root;
        try {
            JsonValue value = Jsonp.createReader(new StringReader(json)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw Refusal.invalid("definition", "a definition is a JSON object {\"steps\": [...]}");
            }
            root = value.asJsonObject();
        } catch (JsonException e) {
            throw Refusal.invalid("definition", "not valid JSON: " + e.getMessage());
        }
        JsonValue stepsValue = root.get("steps");
        if (stepsValue == null || stepsValue.getValueType() != JsonValue.ValueType.ARRAY) {
            throw Refusal.invalid("steps", "a definition has \"steps\": an array of steps");
        }
        JsonArray array = stepsValue.asJsonArray();
        if (array.isEmpty() || array.size() > MAX_STEPS) {
            throw Refusal.invalid("steps", "a workflow has 1 to " + MAX_STEPS + " steps; this one has " + array.size());
        }
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "steps[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw Refusal.invalid(at, "each step is a JSON object");
            }
            Step step = step(at, array.getJsonObject(i));
            if (!ids.add(step.id())) {
                throw Refusal.invalid(at + ".id", "two steps are called " + step.id() + "; step ids are unique");
            }
            steps.add(step);
        }
        WorkflowDefinition definition = new WorkflowDefinition(steps);
        definition.checkReferences();
        return definition;
    }

    private static Step step(String at, JsonObject json) {
        String id = text(json, at, "id", 40, true);
        if (!ID.matcher(id).matches()) {
            throw Refusal.invalid(at + ".id", "a step id is lower-case letters, digits and '-', starting with a letter,"
                    + " at most 40 characters: " + id);
        }
        String typeName = text(json, at, "type", 20, true);
        StepType type;
        try {
            type = StepType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(at + ".type", "a step's type is task, approval, condition or event, not " + typeName);
        }
        for (String field : json.keySet()) {
            if (!FIELDS.get(type).contains(field)) {
                throw Refusal.invalid(at + "." + field, "a " + typeName.toLowerCase(Locale.ROOT) + " step has no field \""
                        + field + "\"; its fields are " + String.join(", ", FIELDS.get(type).stream().sorted().toList()));
            }
        }
        List<String> after = after(json, at);
        if (after.contains(id)) {
            throw Refusal.invalid(at + ".after", id + " cannot come after itself");
        }
        return switch (type) {
            case TASK -> new Step(id, type, after, text(json, at, "agent", 80, true),
                    text(json, at, "input", MAX_INPUT, true), tool(json, at), null, null, null, null);
            case APPROVAL -> new Step(id, type, after, null, null, null, text(json, at, "reason", 500, false),
                    null, null, null);
            case CONDITION -> new Step(id, type, after, null, null, null, null, condition(json, at), null, null);
            case EVENT -> {
                String event = text(json, at, "event", 100, true);
                if (!EVENT.matcher(event).matches()) {
                    throw Refusal.invalid(at + ".event", "an event type is dotted lower-case words such as"
                            + " payment.received: " + event);
                }
                yield new Step(id, type, after, null, null, null, null, null, event, timeout(json, at));
            }
        };
    }

    private static Duration timeout(JsonObject json, String at) {
        String text = text(json, at, "timeout", 40, false);
        if (text == null) {
            return null;
        }
        try {
            Duration timeout = Duration.parse(text);
            if (timeout.compareTo(SHORTEST_WAIT) >= 0 && timeout.compareTo(LONGEST_WAIT) <= 0) {
                return timeout;
            }
        } catch (DateTimeParseException e) {
            // refused below, with the form it takes
        }
        throw Refusal.invalid(at + ".timeout", "a wait's timeout is an ISO-8601 duration from PT1S to P30D, such as"
                + " PT2H or P3D: " + text);
    }

    private static Condition condition(JsonObject json, String at) {
        String step = text(json, at, "step", 40, true);
        boolean hasContains = json.containsKey("contains");
        if (hasContains == json.containsKey("lacks")) {
            throw Refusal.invalid(at + ".contains", "a condition has either \"contains\" or \"lacks\": the text to look"
                    + " for in the result of " + step);
        }
        return new Condition(step, hasContains, text(json, at, hasContains ? "contains" : "lacks", 200, true));
    }

    private static JsonObject tool(JsonObject json, String at) {
        JsonValue tool = json.get("tool");
        if (tool == null || tool.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (tool.getValueType() != JsonValue.ValueType.OBJECT || !(tool.asJsonObject().get("name") instanceof JsonString)) {
            throw Refusal.invalid(at + ".tool", "a step's tool call is {\"name\": \"...\", \"arguments\": {...}}");
        }
        JsonValue arguments = tool.asJsonObject().get("arguments");
        if (arguments != null && arguments.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Refusal.invalid(at + ".tool.arguments", "a tool call's arguments are a JSON object");
        }
        return tool.asJsonObject();
    }

    private static List<String> after(JsonObject json, String at) {
        JsonValue value = json.get("after");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY
                || !value.asJsonArray().stream().allMatch(v -> v instanceof JsonString)) {
            throw Refusal.invalid(at + ".after", "\"after\" is an array of step ids");
        }
        return value.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).distinct().toList();
    }

    private static String text(JsonObject json, String at, String field, int max, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw Refusal.invalid(at + "." + field, "\"" + field + "\" is required");
            }
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw Refusal.invalid(at + "." + field, "\"" + field + "\" is a string");
        }
        String text = s.getString().strip();
        if (required && text.isEmpty()) {
            throw Refusal.invalid(at + "." + field, "\"" + field + "\" is required");
        }
        if (text.length() > max) {
            throw Refusal.invalid(at + "." + field, "\"" + field + "\" is at most " + max + " characters");
        }
        return text;
    }

    /** Prerequisites exist, no cycle, and what a step reads is done before it. */
    private void checkReferences() {
        Map<String, Step> byId = byId();
        for (int i = 0; i < steps.size(); i++) {
            for (String before : steps.get(i).after()) {
                if (!byId.containsKey(before)) {
                    throw Refusal.invalid("steps[" + i + "].after", "there is no step " + before + " (steps: "
                            + String.join(", ", byId.keySet()) + ")");
                }
            }
        }
        refuseCycles(byId);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Set<String> upstream = upstreamOf(step.id());
            if (step.condition() != null && !upstream.contains(step.condition().step())) {
                throw Refusal.invalid("steps[" + i + "].step", "a condition reads a step that is done before it; "
                        + step.condition().step() + " is not among " + step.id() + "'s prerequisites (\"after\", directly"
                        + " or through other steps)");
            }
            if (step.input() != null) {
                checkPlaceholders(step.input(), upstream, "steps[" + i + "].input");
            }
        }
    }

    private static void checkPlaceholders(String input, Set<String> upstream, String field) {
        Matcher found = PLACEHOLDER.matcher(input);
        while (found.find()) {
            String name = found.group(1);
            if (name.equals("input")) {
                continue;
            }
            Matcher result = STEP_RESULT.matcher(name);
            if (!result.matches()) {
                throw Refusal.invalid(field, "{{" + name + "}} is not something an input can quote; it can quote"
                        + " {{input}} and {{steps.<id>.result}}");
            }
            if (!upstream.contains(result.group(1))) {
                throw Refusal.invalid(field, "{{" + name + "}} quotes a step that is not done before this one");
            }
        }
    }

    private void refuseCycles(Map<String, Step> byId) {
        // depth-first search; a step met again while on the current path closes a cycle, which the refusal spells out
        Map<String, Integer> mark = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        for (Step step : steps) {
            visit(step.id(), byId, mark, path);
        }
    }

    private static void visit(String id, Map<String, Step> byId, Map<String, Integer> mark, Deque<String> path) {
        Integer seen = mark.get(id);
        if (seen != null && seen == 2) {
            return;
        }
        path.addLast(id);
        if (seen != null) {
            List<String> walked = new ArrayList<>(path);
            List<String> cycle = walked.subList(walked.indexOf(id), walked.size());
            throw Refusal.invalid("steps", "the steps form a cycle: " + String.join(" after ", cycle)
                    + "; a workflow's steps must each come after earlier ones only");
        }
        mark.put(id, 1);
        for (String before : byId.get(id).after()) {
            visit(before, byId, mark, path);
        }
        mark.put(id, 2);
        path.removeLast();
    }

    public Map<String, Step> byId() {
        Map<String, Step> byId = new LinkedHashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    public Step step(String id) {
        Step step = byId().get(id);
        if (step == null) {
            throw new IllegalArgumentException("no step " + id);
        }
        return step;
    }

    /** The steps done before {@code id}: its prerequisites, theirs, and so on. */
    public Set<String> upstreamOf(String id) {
        Map<String, Step> byId = byId();
        Set<String> upstream = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(byId.get(id).after());
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (upstream.add(next)) {
                todo.addAll(byId.get(next).after());
            }
        }
        return upstream;
    }

    /** The definition as JSON, in the form {@link #parse} reads (fields in a fixed order, nulls left out). */
    public String toJson() {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        for (Step s : steps) {
            JsonObjectBuilder step = Jsonp.createObjectBuilder().add("id", s.id())
                    .add("type", s.type().name().toLowerCase(Locale.ROOT));
            if (!s.after().isEmpty()) {
                JsonArrayBuilder after = Jsonp.createArrayBuilder();
                s.after().forEach(after::add);
                step.add("after", after);
            }
            addIfSet(step, "agent", s.agent());
            addIfSet(step, "input", s.input());
            if (s.tool() != null) {
                step.add("tool", s.tool());
            }
            addIfSet(step, "reason", s.reason());
            if (s.condition() != null) {
                step.add("step", s.condition().step()).add(s.condition().contains() ? "contains" : "lacks",
                        s.condition().text());
            }
            addIfSet(step, "event", s.event());
            if (s.timeout() != null) {
                step.add("timeout", s.timeout().toString());
            }
            array.add(step);
        }
        return Jsonp.createObjectBuilder().add("steps", array).build().toString();
    }

    private static void addIfSet(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }

    /**
     * A task step's input for a run: {@code {{input}}} is the run's input, {@code {{steps.<id>.result}}} an earlier
     * step's result (each quoted at most {@code 4000} characters, so a long answer cannot crowd out the rest).
     */
    public static String inputFor(Step step, String runInput, Map<String, String> results) {
        Matcher found = PLACEHOLDER.matcher(step.input());
        StringBuilder text = new StringBuilder();
        while (found.find()) {
            String name = found.group(1);
            Matcher result = STEP_RESULT.matcher(name);
            String value = name.equals("input") ? runInput
                    : result.matches() ? results.getOrDefault(result.group(1), "") : found.group();
            value = value == null ? "" : value.length() > MAX_INPUT ? value.substring(0, MAX_INPUT) : value;
            found.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        found.appendTail(text);
        return text.toString();
    }
}
