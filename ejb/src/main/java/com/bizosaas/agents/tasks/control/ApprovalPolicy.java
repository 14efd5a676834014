package com.bizosaas.agents.tasks.control;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How many people must approve a task before it runs (A5): none when the agent has no sensitive tool, one when it
 * has, two when it can move money and the task names a sum above the threshold
 * ({@code bizosaas.agents.second-approval-above}, in US dollars) — the second an administrator other than the first
 * approver, and neither the task's submitter.
 * <p>
 * A sum the policy cannot read for certain counts as above the threshold, never below: a number with no currency
 * ("refund 5000"), another currency ("JPY 900000", "€90": no exchange rate is guessed), a decimal comma or a dot
 * before three digits ("€2.500", "49,90" — thousands or decimals?), a multiplier ("5k", "2 million"). What is plainly
 * not a sum is left alone: identifiers ("order A-1001", "#4711", "invoice 2024-17"), percentages and counts with
 * their unit ("20%", "3 items", "7 days").
 */
public final class ApprovalPolicy {

    /** The threshold's currency: a sum in it is compared, any other is not read as small. */
    public static final String CURRENCY = "USD";

    /** What a task needs before it runs, and why (null when it needs nothing). */
    public record Requirement(int approvals, String reason) {
    }

    /**
     * The sums a text names: the largest one read for certain (in {@link #CURRENCY}) and those that could not be
     * read, as written.
     */
    public record Sums(Optional<BigDecimal> largest, List<String> unclear) {
    }

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    /** A number as written, with what may stand right before or after it. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<before>[$€£₹¥#]|\\b[A-Za-z]{3}\\b)?\\s?(?<!\\w)(?<digits>\\d[\\d.,]*\\d|\\d)(?<after>\\s?(?:[A-Za-z]+|%|[$€£₹¥]))?");

    /** Plain dollars: 1200, 1,200, 1200.5, 1,200.50 — commas only between groups of three, at most two decimals. */
    private static final Pattern PLAIN = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?");

    /** Words after a number that make it a count or a part of something, not a sum of money. */
    private static final Set<String> UNITS = Set.of("item", "items", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "hour", "hours", "minute", "minutes", "times", "percent", "pcs", "units", "people", "users",
            "contacts", "posts", "emails", "messages", "orders", "customers", "products", "seats");

    /** Words before a number that make it an identifier. */
    private static final Set<String> NAMES = Set.of("order", "invoice", "ticket", "id", "no", "number", "item", "account",
            "customer", "case", "ref", "reference", "sku", "po", "version", "step", "page", "line", "room", "table");

    /** Words before a number that make it a day or a year of a date ("May 3, 2024"). */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    private static final Set<String> MULTIPLIERS = Set.of("k", "m", "bn", "thousand", "million", "billion", "mio", "mn");

    private ApprovalPolicy() {
    }

    public static Requirement forTask(String agentName, List<String> tools, String input, BigDecimal secondApprovalAbove) {
        List<String> sensitive = SensitiveTools.among(tools);
        if (sensitive.isEmpty()) {
            return new Requirement(0, null);
        }
        String reason = agentName + " can act through " + String.join(", ", sensitive);
        boolean movesMoney = sensitive.stream().anyMatch(SensitiveTools::movesMoney);
        if (movesMoney) {
            Sums sums = sumsIn(input);
            if (!sums.unclear().isEmpty()) {
                return new Requirement(2, reason + " and the task names " + String.join(", ", sums.unclear())
                        + ", which cannot be read for certain as a sum in " + CURRENCY + " (so it counts as above "
                        + secondApprovalAbove.toPlainString() + "): a manager or administrator approves, then another"
                        + " administrator");
            }
            if (sums.largest().isPresent() && sums.largest().get().compareTo(secondApprovalAbove) > 0) {
                return new Requirement(2, reason + " and the task names " + sums.largest().get().toPlainString() + " (above "
                        + secondApprovalAbove.toPlainString() + "): a manager or administrator approves, then another"
                        + " administrator");
            }
        }
        return new Requirement(1, reason + ": a manager or administrator other than the submitter approves the task"
                + " before it runs");
    }

    /**
     * What a call the agent asked for while working needs before it is made: judged as a task naming that call would
     * be — on the call's amount and the task's input — and never less than one approval.
     */
    public static Requirement forCall(String agentName, String tool, JsonObject arguments, String input,
                                      BigDecimal secondApprovalAbove) {
        Requirement asNamed = forTask(agentName, List.of(tool), input + " " + amountNamed(arguments), secondApprovalAbove);
        String call = agentName + " asked to call " + tool + " " + arguments + ", which changes something at a vendor and"
                + " which nobody has approved";
        return asNamed.approvals() == 2
                ? new Requirement(2, call + "; " + asNamed.reason().substring(asNamed.reason().indexOf(" the task names ") + 1))
                : new Requirement(1, call + ": a manager or administrator other than the submitter approves this call"
                + " before it is made");
    }

    /** The sums {@code text} names. */
    public static Sums sumsIn(String text) {
        Matcher found = NUMBER.matcher(text);
        BigDecimal largest = null;
        List<String> unclear = new ArrayList<>();
        while (found.find()) {
            String before = found.group("before");
            String digits = found.group("digits");
            String after = found.group("after") == null ? null : found.group("after").strip();
            boolean multiplied = after != null && MULTIPLIERS.contains(after.toLowerCase(Locale.ROOT));
            if (!multiplied && isIdentifierDateOrCount(text, found, before, after)) {
                continue;
            }
            String currency = currencyOf(before, after);
            if (CURRENCY.equals(currency) && !multiplied && PLAIN.matcher(digits).matches()) {
                BigDecimal amount = new BigDecimal(digits.replace(",", ""));
                largest = largest == null || amount.compareTo(largest) > 0 ? amount : largest;
            } else {
                unclear.add(found.group().strip());
            }
        }
        return new Sums(Optional.ofNullable(largest), List.copyOf(unclear));
    }

    /** The largest sum in {@link #CURRENCY} the text names for certain. */
    static Optional<BigDecimal> largestAmount(String text) {
        return sumsIn(text).largest();
    }

    /** The sum a tool call names, with its currency, for the approval policy's threshold. */
    public static String amountNamed(JsonObject arguments) {
        if (!arguments.containsKey("amount")) {
            return "";
        }
        String currency = arguments.getString("currency", CURRENCY).toUpperCase(Locale.ROOT);
        return currency + " " + arguments.getJsonNumber("amount").bigDecimalValue().toPlainString();
    }

    private static boolean isIdentifierDateOrCount(String text, Matcher found, String before, String after) {
        int start = found.start("digits");
        int end = found.end("digits");
        // glued to letters, hyphens, slashes or underscores: part of an identifier or a date (A-1001, 2024-05-03)
        if ((start > 0 && isIdentifierChar(text.charAt(start - 1)) && text.charAt(start - 1) != ' ')
                || (end < text.length() && isIdentifierChar(text.charAt(end)))) {
            return true;
        }
        if ("#".equals(before)) {
            return true;
        }
        if (after != null) {
            String unit = after.toLowerCase(Locale.ROOT);
            if (unit.equals("%") || UNITS.contains(unit)) {
                return true;
            }
        }
        if (currencyOf(before, after) != null) {
            return false;
        }
        // a three-letter word before the number that is no currency ("May 3") is simply the word before it
        String previous = before != null && Character.isLetter(before.charAt(0)) ? before.toLowerCase(Locale.ROOT)
                : previousWord(text, before == null ? start : found.start("before"));
        if (previous != null && (NAMES.contains(previous) || MONTHS.contains(previous))) {
            return true;
        }
        // the year of "May 3, 2024"
        return found.group("digits").matches("(19|20)\\d\\d") && text.substring(0, start).matches("(?s).*\\d,\\s*");
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '/' || c == '_';
    }

    /** The currency marked before or after the number, USD for "$", null for none. */
    private static String currencyOf(String before, String after) {
        for (String mark : new String[]{before, after}) {
            if (mark == null) {
                continue;
            }
            switch (mark) {
                case "$":
                    return "USD";
                case "€":
                    return "EUR";
                case "£":
                    return "GBP";
                case "₹":
                    return "INR";
                case "¥":
                    return "JPY";
                default:
                    String code = mark.toUpperCase(Locale.ROOT);
                    if (mark.equals(code) && CODES.contains(code)) {
                        return code;
                    }
            }
        }
        return null;
    }

    private static String previousWord(String text, int position) {
        Matcher word = Pattern.compile("([A-Za-z]+)[.:]?\\s*$").matcher(text.substring(0, position));
        return word.find() ? word.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
