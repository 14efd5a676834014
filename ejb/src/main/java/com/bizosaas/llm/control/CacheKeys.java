package com.bizosaas.llm.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What two prompts must share, beyond meaning, for one's answer to serve the other.
 * <p>
 * The <em>partition key</em> hashes everything that changes an answer without changing the question: the
 * system prompt, the model tier or model asked for, the tools offered, the temperature and the response
 * format. The <em>key facts</em> are the prompt's numbers, identifiers, e-mail addresses and names: sentence
 * embeddings place "refund order 1234" and "refund order 1235" almost on top of each other, so a hit also
 * needs the same facts.
 */
public final class CacheKeys {

    private static final Pattern NUMBER_OR_ID = Pattern.compile("\\b\\p{L}*[-_]?\\d[\\p{L}\\d./:_-]*\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,80})\"|'([^']{1,80})'");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(" + String.join("|", NUMBER_WORDS) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("(?<![.!?]\\s)(?<!^)\\b\\p{Lu}[\\p{L}&-]+");
    /** Capitalised words that are not names. */
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i'd", "please", "can", "could", "what", "how",
            "the", "a", "an", "is", "are", "which", "who", "when", "where", "why", "tell", "give", "list", "show",
            "usd", "eur", "gbp", "json", "api", "ok", "hi", "hello", "thanks", "thank", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");

    private CacheKeys() {
    }

    /** A stable hex digest of the parts that must be equal. */
    public static String partition(String systemPrompt, String tierOrModel, String tools, Double temperature,
                                   String responseFormat) {
        String canonical = String.join("\u0000", nullToEmpty(systemPrompt).strip(), nullToEmpty(tierOrModel),
                nullToEmpty(tools), temperature == null ? "" : Double.toString(temperature), nullToEmpty(responseFormat));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    /** The prompt's facts, lower-cased, sorted and joined by '|'; empty when it has none. */
    public static String keyFacts(String prompt) {
        String text = nullToEmpty(prompt);
        Set<String> facts = new TreeSet<>();
        collect(EMAIL.matcher(text), facts, 0);
        collect(NUMBER_OR_ID.matcher(text), facts, 0);
        // "three ideas" and "3 ideas" state the same fact
        Matcher numberWords = NUMBER_WORD.matcher(text);
        while (numberWords.find()) {
            facts.add(String.valueOf(NUMBER_WORDS.indexOf(numberWords.group(1).toLowerCase(Locale.ROOT))));
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            facts.add(normalise(quoted.group(1) != null ? quoted.group(1) : quoted.group(2)));
        }
        Matcher names = CAPITALISED.matcher(text);
        while (names.find()) {
            String word = normalise(names.group());
            if (!NOT_NAMES.contains(word)) {
                facts.add(word);
            }
        }
        String joined = String.join("|", facts);
        return joined.length() <= 1000 ? joined : joined.substring(0, 1000);
    }

    private static void collect(Matcher matcher, Set<String> facts, int group) {
        while (matcher.find()) {
            facts.add(normalise(matcher.group(group)));
        }
    }

    private static String normalise(String fact) {
        return fact.toLowerCase(Locale.ROOT).replaceAll("[.,:;]+$", "");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
