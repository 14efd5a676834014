package com.bizosaas.agents.tasks.control;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many people must approve a task before it runs (A5): none when the agent has no sensitive tool, one when it
 * has, two when it can move money and the task names an amount above the threshold
 * ({@code bizosaas.agents.second-approval-above}) — the second an administrator other than the first approver.
 * The amount is the largest sum with a currency the task's input names (USD, EUR, GBP, INR, $, €, £, ₹).
 */
public final class ApprovalPolicy {

    /** What a task needs before it runs, and why (null when it needs nothing). */
    public record Requirement(int approvals, String reason) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(?:USD|EUR|GBP|INR|[$€£₹])\\s?" + NUMBER + ")|(?:" + NUMBER + "\\s?(?:USD|EUR|GBP|INR|[$€£₹]))");

    private ApprovalPolicy() {
    }

    public static Requirement forTask(String agentName, List<String> tools, String input, BigDecimal secondApprovalAbove) {
        List<String> sensitive = SensitiveTools.among(tools);
        if (sensitive.isEmpty()) {
            return new Requirement(0, null);
        }
        String reason = agentName + " can act through " + String.join(", ", sensitive);
        boolean movesMoney = sensitive.stream().anyMatch(SensitiveTools::movesMoney);
        Optional<BigDecimal> amount = movesMoney ? largestAmount(input) : Optional.empty();
        if (amount.isPresent() && amount.get().compareTo(secondApprovalAbove) > 0) {
            return new Requirement(2, reason + " and the task names " + amount.get().toPlainString() + " (above "
                    + secondApprovalAbove.toPlainString() + "): a manager or administrator approves, then another"
                    + " administrator");
        }
        return new Requirement(1, reason + ": a manager or administrator approves the task before it runs");
    }

    /** The largest sum with a currency in {@code text}. */
    static Optional<BigDecimal> largestAmount(String text) {
        Matcher found = AMOUNT.matcher(text);
        BigDecimal largest = null;
        while (found.find()) {
            String digits = (found.group(1) != null ? found.group(1) : found.group(2)).replace(",", "");
            BigDecimal amount = new BigDecimal(digits);
            largest = largest == null || amount.compareTo(largest) > 0 ? amount : largest;
        }
        return Optional.ofNullable(largest);
    }

    /** The sum a tool call names, with its currency, for the approval policy's threshold. */
    public static String amountNamed(JsonObject arguments) {
        if (!arguments.containsKey("amount")) {
            return "";
        }
        String currency = arguments.getString("currency", "USD").toUpperCase(java.util.Locale.ROOT);
        return currency + " " + arguments.getJsonNumber("amount").bigDecimalValue().toPlainString();
    }
}
