package com.bizosaas.agents.tasks.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tools act in the world in a way a person should confirm first (A5): moving money (payments, refunds,
 * prices, ad budgets and bids), publishing, and sending messages or calls. An agent that can call one of them
 * does not run on its own: its task waits in AWAITING_APPROVAL until a manager or administrator decides.
 */
public final class SensitiveTools {

    /** Tools that move money; matched against a whole tool name, such as {@code stripe_create_refund}. */
    private static final Pattern MONEY = Pattern.compile(
            ".*_(\\w*refund\\w*|\\w*payment\\w*|\\w*payout\\w*|update_price|update_budget|update_bids)");

    /** Tools that publish or send on the tenant's behalf. */
    private static final Pattern SPEAKS = Pattern.compile(".*_(publish_\\w+|send_\\w+|create_call|create_message_batch)");

    /** A tool that lists or gets (e.g. {@code razorpay_list_payments}) only reads, whatever it reads about. */
    private static final Pattern READS = Pattern.compile(".*_(list|get)_\\w+");

    private SensitiveTools() {
    }

    public static boolean isSensitive(String tool) {
        return movesMoney(tool) || (!READS.matcher(tool).matches() && SPEAKS.matcher(tool).matches());
    }

    public static boolean movesMoney(String tool) {
        return !READS.matcher(tool).matches() && MONEY.matcher(tool).matches();
    }

    /** The sensitive ones among {@code tools}, in their order. */
    public static List<String> among(List<String> tools) {
        return tools.stream().filter(SensitiveTools::isSensitive).toList();
    }
}
