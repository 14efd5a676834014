package com.bizosaas.llm.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary made only of the text's own sentences, so it can be wrong by omission but never by invention.
 * <p>
 * Each sentence scores the sum of the normalised frequencies (count / highest count) of its distinct content
 * terms, divided by the square root of its number of content terms so that long sentences do not win by length
 * alone; a greeting or sign-off opening a sentence ("Hi Bob, ...", "Thanks, ...") is not scored. Sentences with
 * fewer than three content terms count half; the first sentence with three or more that does not open with a
 * greeting gets a 10 % lead bonus, as openings usually state the point. The best N are returned in their original order.
 */
final class ExtractiveSummary {

    private static final Pattern COUNT = Pattern.compile(
            "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a single|a)\\s+"
                    + "(?:short\\s+|brief\\s+|key\\s+|main\\s+|concise\\s+)?(sentences?|bullets?|bullet points?|points|lines)\\b");
    private static final Pattern BULLETS = Pattern.compile("(?i)\\b(bullets?|bullet points?|points|list)\\b");
    private static final Pattern SALUTATION = Pattern.compile(
            "(?i)(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|thanks|thank you|many thanks|"
                    + "regards|kind regards|best regards|best|cheers|sincerely)\\b");
    private static final Pattern GREETING_END = Pattern.compile("[,!:—-]");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    /** How many sentences to keep when the instruction does not say: 30 % of the text, at least 1, at most 3. */
    static final double DEFAULT_SHARE = 0.3;
    static final int DEFAULT_MAX = 3;

    private ExtractiveSummary() {
    }

    /** The sentence count an instruction asks for ("in 2 sentences", "one sentence", "3 bullet points"), or 0. */
    static int requestedCount(String instruction) {
        Matcher m = COUNT.matcher(instruction);
        if (!m.find()) {
            return 0;
        }
        String count = m.group(1).toLowerCase(Locale.ROOT);
        if (count.equals("a") || count.equals("a single")) {
            return 1;
        }
        int word = NUMBER_WORDS.indexOf(count);
        return word >= 0 ? word : Integer.parseInt(count);
    }

    static boolean bulletsRequested(String instruction) {
        Matcher count = COUNT.matcher(instruction);
        if (count.find()) {
            return !count.group(2).toLowerCase(Locale.ROOT).startsWith("sentence")
                    && !count.group(2).toLowerCase(Locale.ROOT).startsWith("line");
        }
        return BULLETS.matcher(instruction).find();
    }

    /** The kept sentences, in text order; {@code wanted} of 0 means the default share. */
    static List<Sentences.Sentence> pick(String text, int wanted) {
        List<Sentences.Sentence> sentences = Sentences.split(text);
        if (sentences.isEmpty()) {
            return sentences;
        }
        int keep = wanted > 0 ? wanted
                : Math.max(1, Math.min(DEFAULT_MAX, (int) Math.ceil(sentences.size() * DEFAULT_SHARE)));
        if (keep >= sentences.size()) {
            return sentences;
        }
        List<List<String>> termsPerSentence = new ArrayList<>(sentences.size());
        Map<String, Integer> frequency = new HashMap<>();
        int highest = 1;
        for (Sentences.Sentence sentence : sentences) {
            List<String> terms = Terms.terms(withoutGreeting(sentence.text()));
            termsPerSentence.add(terms);
            for (String term : terms) {
                highest = Math.max(highest, frequency.merge(term, 1, Integer::sum));
            }
        }
        int lead = 0;
        while (lead < sentences.size() - 1
                && (termsPerSentence.get(lead).size() < 3 || boilerplate(sentences.get(lead)))) {
            lead++;
        }
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<String> terms = termsPerSentence.get(i);
            Set<String> distinct = new HashSet<>(terms);
            double sum = 0;
            for (String term : distinct) {
                sum += frequency.get(term) / (double) highest;
            }
            double score = terms.isEmpty() ? 0 : sum / Math.sqrt(terms.size());
            if (terms.size() < 3) {
                score *= 0.5;
            }
            if (i == lead) {
                score *= 1.1;
            }
            scores[i] = score;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, keep));
        kept.sort(Comparator.naturalOrder());
        List<Sentences.Sentence> summary = new ArrayList<>(keep);
        for (int i : kept) {
            summary.add(sentences.get(i));
        }
        return summary;
    }

    private static boolean boilerplate(Sentences.Sentence sentence) {
        return SALUTATION.matcher(sentence.text()).lookingAt();
    }

    /** "Hi Bob, the refund was approved" is scored as "the refund was approved". */
    private static String withoutGreeting(String sentence) {
        Matcher greeting = SALUTATION.matcher(sentence);
        if (!greeting.lookingAt()) {
            return sentence;
        }
        Matcher end = GREETING_END.matcher(sentence).region(greeting.end(), Math.min(sentence.length(),
                greeting.end() + 30));
        return end.find() ? sentence.substring(end.end()) : sentence.substring(greeting.end());
    }

    /** The summary as text: sentences joined by spaces, or one "- " line each when bullets were asked for. */
    static String render(List<Sentences.Sentence> sentences, boolean bullets) {
        StringBuilder out = new StringBuilder();
        for (Sentences.Sentence sentence : sentences) {
            if (!out.isEmpty()) {
                out.append(bullets ? "\n" : " ");
            }
            String text = sentence.text().replaceAll("\\s*\\n\\s*", " ");
            out.append(bullets ? "- " + text.replaceFirst("^[-*\u2022]\\s*", "") : text);
        }
        return out.toString();
    }
}
