package com.bizosaas.agents.tasks.control;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tools act in the world in a way a person should confirm first (A5): every tool that changes something at a
 * vendor — creates, updates, deletes, publishes, sends, refunds — and, among them, those that move money (payments,
 * refunds, prices, budgets, bids, purchase orders), which may need a second approval. Only a tool that plainly reads
 * (lists, gets, searches, queries) is left to run on its own.
 * <p>
 * A tool is named {@code <integration>_<verb>_<object>}, and both sides of the verb may hold verb-like words
 * ({@code google_search_console_create_…}, {@code amazon_ses_get_send_statistics}); so a tool counts as reading only
 * when it has a reading verb and every changing verb in it stands right after a reading one (an object such as
 * "send statistics"). A name the rule cannot read is sensitive: when in doubt, a person decides.
 */
public final class SensitiveTools {

    private static final Set<String> READS = Set.of("list", "get", "search", "query");
    private static final Set<String> CHANGES = Set.of("create", "update", "delete", "publish", "send", "refund");

    /** Changing tools that move money; matched against the whole name, such as {@code stripe_create_refund}. */
    private static final Pattern MONEY = Pattern.compile(
            ".*_(\\w*refund\\w*|\\w*payment\\w*|\\w*payout\\w*|\\w*purchase\\w*|update_price|update_budget|update_bids|update_plan)");

    private SensitiveTools() {
    }

    public static boolean isSensitive(String tool) {
        return !onlyReads(tool);
    }

    public static boolean movesMoney(String tool) {
        return isSensitive(tool) && MONEY.matcher(tool).matches();
    }

    /** The sensitive ones among {@code tools}, in their order. */
    public static List<String> among(List<String> tools) {
        return tools.stream().filter(SensitiveTools::isSensitive).toList();
    }

    private static boolean onlyReads(String tool) {
        List<String> words = Arrays.asList(tool.split("_"));
        boolean reads = false;
        for (int i = 0; i < words.size(); i++) {
            if (READS.contains(words.get(i))) {
                reads = true;
            } else if (CHANGES.contains(words.get(i)) && (i == 0 || !READS.contains(words.get(i - 1)))) {
                return false;
            }
        }
        return reads;
    }
}
