package com.bizosaas.connectors.control;

import com.bizosaas.connectors.control.ToolDefinition.Parameter;
import com.bizosaas.errors.Refusal;
import com.bizosaas.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Checks a tool call's arguments against the tool's parameters before anything is sent: no unknown parameter,
 * every required one present, each of its type and within its bounds. A number written as a string ("20") is read
 * as the number — models do that — but "twenty" is refused. The refusal names the argument
 * ({@code arguments.amount}) and what it must be.
 */
public final class ToolArguments {

    private ToolArguments() {
    }

    /** The arguments, checked and in canonical form (numbers as numbers, strings stripped, nulls left out). */
    public static JsonObject check(ToolDefinition tool, JsonObject arguments) {
        JsonObject given = arguments == null ? JsonValue.EMPTY_JSON_OBJECT : arguments;
        for (String name : given.keySet()) {
            if (tool.parameter(name) == null) {
                throw refuse(name, tool.name() + " takes no argument \"" + name + "\"; it takes "
                        + String.join(", ", tool.parameters().stream().map(Parameter::name).toList()));
            }
        }
        JsonObjectBuilder checked = Jsonp.createObjectBuilder();
        for (Parameter p : tool.parameters()) {
            JsonValue value = given.get(p.name());
            boolean absent = value == null || value.getValueType() == JsonValue.ValueType.NULL
                    || (value instanceof JsonString s && s.getString().isBlank());
            if (absent) {
                if (p.required()) {
                    throw refuse(p.name(), p.name() + " is required: " + p.description());
                }
                continue;
            }
            switch (p.type()) {
                case STRING -> {
                    String text = text(p, value);
                    if (text.length() > p.max().intValue()) {
                        throw refuse(p.name(), p.name() + " must be at most " + p.max().intValue() + " characters");
                    }
                    checked.add(p.name(), text);
                }
                case DATE -> {
                    String day = text(p, value);
                    try {
                        checked.add(p.name(), LocalDate.parse(day).toString());
                    } catch (DateTimeParseException notADay) {
                        throw refuse(p.name(), p.name() + " must be a date written YYYY-MM-DD, such as 2026-05-01");
                    }
                }
                case CHOICE -> {
                    String choice = text(p, value);
                    if (!p.choices().contains(choice)) {
                        throw refuse(p.name(), p.name() + " must be one of " + String.join(", ", p.choices()));
                    }
                    checked.add(p.name(), choice);
                }
                case INTEGER, NUMBER -> {
                    BigDecimal number = number(p, value);
                    if (number.compareTo(p.min()) < 0 || number.compareTo(p.max()) > 0) {
                        throw refuse(p.name(), p.name() + " must be " + p.min().toPlainString() + " to " + p.max().toPlainString());
                    }
                    if (p.type() == ToolDefinition.Type.INTEGER) {
                        try {
                            checked.add(p.name(), number.intValueExact());
                        } catch (ArithmeticException fraction) {
                            throw refuse(p.name(), p.name() + " must be a whole number");
                        }
                    } else {
                        checked.add(p.name(), number);
                    }
                }
            }
        }
        return checked.build();
    }

    private static String text(Parameter p, JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString().strip();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        throw refuse(p.name(), p.name() + " must be a text");
    }

    private static BigDecimal number(Parameter p, JsonValue value) {
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw refuse(p.name(), p.name() + " must be a number");
    }

    private static Refusal refuse(String name, String message) {
        return Refusal.invalid("arguments." + name, message);
    }
}
