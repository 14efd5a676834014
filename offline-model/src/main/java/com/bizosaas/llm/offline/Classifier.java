package com.bizosaas.llm.offline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks one of the labels a prompt lists by word overlap with the text. A label scores its own words (and its
 * description, when AI services give one) twice, and the words of a small built-in keyword list once, so that
 * "I was charged twice" lands in "billing" although the text never says "billing".
 */
final class Classifier {

    /** The chosen label, how clearly it won (its share of all evidence, 0 when there was none) and every score. */
    record Verdict(String label, BigDecimal confidence, Map<String, Double> scores) {
    }

    /**
     * Keywords for labels businesses commonly use. Keys are label words (stemmed at load); a label made of
     * several words ("technical support") gets the keywords of each.
     */
    private static final Map<String, Set<String>> KEYWORDS = stemmedKeywords(Map.ofEntries(
            Map.entry("billing", "bill invoice charge charged payment pay paid refund price subscription card credit "
                    + "debit receipt fee overcharged twice money amount vat tax"),
            Map.entry("payment", "bill invoice charge card pay paid refund receipt transaction"),
            Map.entry("invoice", "bill invoice charge payment due paid amount"),
            Map.entry("refund", "refund money back return charged twice reimburse"),
            Map.entry("technical", "error bug crash broken fail failure login password reset api install outage down "
                    + "slow timeout exception working work server app website integration sync update"),
            Map.entry("tech", "error bug crash broken fail login password api install outage down slow timeout"),
            Map.entry("support", "help issue problem error broken working"),
            Map.entry("bug", "error crash broken fail exception wrong glitch"),
            Map.entry("sales", "buy purchase pricing quote demo discount upgrade trial license seats enterprise plan "
                    + "interested contract offer"),
            Map.entry("account", "login password account profile username sign signup access locked"),
            Map.entry("shipping", "ship shipping delivery deliver package parcel track tracking courier arrive late "
                    + "delayed address"),
            Map.entry("delivery", "ship delivery deliver package parcel track courier arrive late delayed"),
            Map.entry("cancellation", "cancel cancellation unsubscribe terminate close quit"),
            Map.entry("cancel", "cancel cancellation unsubscribe terminate close quit"),
            Map.entry("churn", "cancel unsubscribe leave switch competitor quit"),
            Map.entry("complaint", "unhappy disappointed terrible worst complaint angry unacceptable poor rude"),
            Map.entry("feedback", "suggest suggestion feedback idea improve feature request wish"),
            Map.entry("feature", "feature request add suggestion wish roadmap"),
            Map.entry("question", "how what when where question wonder know information"),
            Map.entry("inquiry", "question wonder know information ask details"),
            Map.entry("positive", "great excellent love amazing happy good fantastic awesome thank thanks recommend "
                    + "perfect pleased satisfied wonderful best helpful fast easy"),
            Map.entry("negative", "bad terrible awful hate angry disappointed poor worst broken slow unacceptable "
                    + "frustrated useless complaint never unhappy rude wrong"),
            Map.entry("neutral", "okay ok fine average normal"),
            Map.entry("spam", "free winner win prize click offer lottery crypto bitcoin limited unsubscribe viagra"),
            Map.entry("urgent", "urgent asap immediately critical emergency down outage blocker production now"),
            Map.entry("high", "urgent asap immediately critical emergency down outage blocker production"),
            Map.entry("critical", "urgent critical emergency down outage blocker production"),
            Map.entry("low", "minor whenever small cosmetic typo eventually"),
            Map.entry("legal", "contract gdpr lawyer legal compliance privacy terms lawsuit"),
            Map.entry("privacy", "gdpr privacy personal data delete consent"),
            Map.entry("hr", "job hire hiring resume cv interview candidate salary vacation leave"),
            Map.entry("hiring", "job hire hiring resume cv interview candidate position"),
            Map.entry("marketing", "campaign seo newsletter ads advertising social brand content leads"),
            Map.entry("security", "breach hack hacked phishing vulnerability password leak suspicious")));

    /** Labels meaning "none of the others": chosen when no label has any evidence. */
    private static final Set<String> FALLBACK_LABELS = Set.of("other", "others", "general", "unknown", "misc",
            "miscellaneous", "neutral", "none", "uncategorized", "uncategorised");

    private static final Pattern LIST_CUE = Pattern.compile(
            "(?i)\\b(?:labels?|categor(?:y|ies)|classes|options|choices|one of)\\b(?:[^\\n.:;?!]{0,30}?:)?"
                    + "\\s*(?:the following\\s*)?"
                    + "(?:labels?|categories|classes|options)?\\s*[:=]?\\s*"
                    + "(\\[[^\\]\\n]{1,400}]|\\([^)\\n]{1,400}\\)|\\{[^}\\n]{1,400}}|[^\\n.:;?!]{1,400})");
    private static final Pattern VERB_CUE = Pattern.compile(
            "(?i)\\b(?:classif\\w*|categori[sz]\\w*|label\\w*|tag\\w*|sort\\w*|route\\w*|triage\\w*|bucket\\w*)\\b"
                    + "[^\\n.:]{0,80}?\\b(?:as|into|to)\\b\\s*(?:one of\\s*)?(?:the following\\s*)?"
                    + "(?:labels?|categories|classes|options)?\\s*[:=]?\\s*"
                    + "(\\[[^\\]\\n]{1,400}]|\\([^)\\n]{1,400}\\)|\\{[^}\\n]{1,400}}|[^\\n.:;?!]{1,400})");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\||/|\\bor\\b)\\s*");

    private Classifier() {
    }

    /** Where a label list was found in an instruction, and the labels in the order given. */
    record LabelList(List<String> labels, int start, int end) {
    }

    /** The label list an instruction gives ("into: billing, technical, sales", "one of [a, b]"), if any. */
    static LabelList labelsIn(String instruction) {
        for (Pattern cue : List.of(LIST_CUE, VERB_CUE)) {
            Matcher m = cue.matcher(instruction);
            while (m.find()) {
                List<String> labels = split(m.group(1));
                if (labels.size() >= 2) {
                    return new LabelList(labels, m.start(), m.end(1));
                }
            }
        }
        return null;
    }

    private static List<String> split(String list) {
        String inner = list.strip();
        if (inner.length() >= 2 && "[({".indexOf(inner.charAt(0)) >= 0) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<String> labels = new ArrayList<>();
        for (String part : SEPARATOR.split(inner)) {
            String label = part.strip().replaceFirst("(?i)^(?:and|or|either)\\s+", "")
                    .replaceAll("^[\"'`*\u201c\u2018]+|[\"'`*\u201d\u2019.]+$", "").strip();
            if (label.isEmpty() || label.length() > 40 || label.split("\\s+").length > 4
                    || Terms.nameTerms(label).isEmpty() && !label.matches("(?i)[a-z0-9_-]+")) {
                continue;
            }
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    /**
     * Scores each label against the text; ties go to the label listed first. With no evidence at all the answer is
     * a catch-all label ("other", "general", "neutral", ...) when one is offered, else the first label, with
     * confidence 0.
     */
    static Verdict classify(List<String> labels, Map<String, String> descriptions, String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : Terms.terms(text)) {
            counts.merge(term, 1, Integer::sum);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        String best = null;
        double bestScore = 0;
        double total = 0;
        for (String label : labels) {
            Map<String, Double> weights = weights(label, descriptions.get(label));
            double score = 0;
            for (Map.Entry<String, Double> weight : weights.entrySet()) {
                Integer count = counts.get(weight.getKey());
                if (count != null) {
                    score += count * weight.getValue();
                }
            }
            scores.put(label, score);
            total += score;
            if (score > bestScore) {
                best = label;
                bestScore = score;
            }
        }
        if (best == null) {
            String fallback = labels.get(0);
            for (String label : labels) {
                if (FALLBACK_LABELS.contains(label.toLowerCase(Locale.ROOT).replace('_', ' ').strip())) {
                    fallback = label;
                    break;
                }
            }
            return new Verdict(fallback, BigDecimal.ZERO.setScale(2), scores);
        }
        return new Verdict(best, BigDecimal.valueOf(bestScore / total).setScale(2, RoundingMode.HALF_UP), scores);
    }

    private static Map<String, Double> weights(String label, String description) {
        Map<String, Double> weights = new HashMap<>();
        for (String word : Terms.nameTerms(label)) {
            Set<String> keywords = KEYWORDS.get(word);
            if (keywords != null) {
                for (String keyword : keywords) {
                    weights.putIfAbsent(keyword, 1.0);
                }
            }
        }
        if (description != null) {
            for (String term : Terms.terms(description)) {
                weights.put(term, 2.0);
            }
        }
        for (String word : Terms.nameTerms(label)) {
            weights.put(word, 2.0);
        }
        return weights;
    }

    private static Map<String, Set<String>> stemmedKeywords(Map<String, String> raw) {
        Map<String, Set<String>> stemmed = new HashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            Set<String> terms = new HashSet<>();
            for (String word : entry.getValue().split(" ")) {
                String term = Terms.term(word);
                if (term != null) {
                    terms.add(term);
                }
            }
            stemmed.put(Terms.stem(entry.getKey()), Set.copyOf(terms));
        }
        return Map.copyOf(stemmed);
    }
}
