package com.bizosaas.llm.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The score behind {@code model: "auto"}: how hard a request looks, from 0 to 100, and the tier that follows.
 * <ul>
 *   <li>length: 1 point per 200 characters of the whole conversation, at most 40;</li>
 *   <li>conversation: 2 points per message after the first, at most 10;</li>
 *   <li>tools: 5 points per tool offered, at most 20;</li>
 *   <li>reasoning words (analyse, compare, plan, prove, step by step, strategy, code, legal, …): 6 each, at most 30;</li>
 *   <li>a structured answer asked for (JSON schema): 10.</li>
 * </ul>
 * Below 25 the cheap tier answers, below 55 the balanced one, above that the premium one.
 */
public final class Complexity {

    public static final int CHEAP_BELOW = 25;
    public static final int BALANCED_BELOW = 55;

    private static final List<Pattern> REASONING = List.of(
            "analy[sz]", "compar", "\\bplan", "\\bprove|\\bproof", "step by step", "strateg", "\\bcode\\b|function|algorithm",
            "legal|contract|compliance", "forecast|predict", "trade-?off", "root cause", "architect")
            .stream().map(Pattern::compile).toList();

    private Complexity() {
    }

    /** The score of a conversation with this much text, these many messages and tools. */
    public static int score(String conversationText, int messages, int tools, boolean structuredAnswer) {
        String text = conversationText == null ? "" : conversationText.toLowerCase(Locale.ROOT);
        int length = Math.min(40, text.length() / 200);
        int turns = Math.min(10, 2 * Math.max(0, messages - 1));
        int tooling = Math.min(20, 5 * tools);
        int reasoning = Math.min(30, 6 * (int) REASONING.stream().filter(p -> p.matcher(text).find()).count());
        return Math.min(100, length + turns + tooling + reasoning + (structuredAnswer ? 10 : 0));
    }

    public static ModelTier tierFor(int score) {
        return score < CHEAP_BELOW ? ModelTier.CHEAP : score < BALANCED_BELOW ? ModelTier.BALANCED : ModelTier.PREMIUM;
    }
}
