package com.bizosaas.llm.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a question with the sentences of a supplied context (retrieved passages, a pasted document) and says
 * where they stand, or says that the context does not hold the answer. It never adds words of its own.
 * <p>
 * A sentence scores the share of the question's terms it contains, each term weighted by its rarity across the
 * context's sentences (idf = ln(1 + N / (df + 0.5))), so a term the context never mentions weighs the most. The
 * best sentence answers when it covers at least {@value #THRESHOLD} of that weight; a runner-up with at least 80 %
 * of the best score joins it.
 */
final class ContextAnswer {

    static final double THRESHOLD = 0.5;

    /** Where a context section stands in a message, and the question part when it is labelled. */
    record Section(String context, String question, int start, int end) {
    }

    /** A sentence of the context with its passage and position, so that the answer can say where it comes from. */
    record Source(Sentences.Sentence sentence, int passage, int sentenceInPassage, double score) {
    }

    /** The answering sentences (empty when the context does not answer) and how many passages there were. */
    record Answer(List<Source> sources, int passages) {
        boolean found() {
            return !sources.isEmpty();
        }
    }

    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:#+[ \\t]*)?(?:context|documents?|sources?|passages?|information|knowledge(?: base)?|"
                    + "background|reference(?: material)?|excerpts?|retrieved (?:documents|passages|context)|facts)"
                    + "[ \\t]*:[ \\t]*");
    private static final Pattern INJECTED = Pattern.compile(
            "(?i)answer using the following information:[ \\t]*|(?:use|using|based on) (?:only )?the following "
                    + "(?:context|information|documents|passages)[^:\\n]{0,40}:[ \\t]*");
    private static final Pattern QUESTION = Pattern.compile(
            "(?im)^[ \\t]*(?:#+[ \\t]*)?(?:question|q|user question|query)[ \\t]*:[ \\t]*");
    private static final Pattern PASSAGE_MARK = Pattern.compile(
            "(?im)^[ \\t]*(?:\\[\\d+]|(?:document|doc|passage|source|chunk)\\s*\\d+\\s*[:.)-]|\\d+[.)]\\s)");

    private ContextAnswer() {
    }

    /** The context section of a message, or null when it has none. */
    static Section find(String text) {
        Matcher heading = HEADING.matcher(text);
        Matcher injected = INJECTED.matcher(text);
        int start;
        int contentStart;
        boolean headingFound = heading.find();
        boolean injectedFound = injected.find();
        if (!headingFound && !injectedFound) {
            return null;
        }
        if (headingFound && (!injectedFound || heading.start() <= injected.start())) {
            start = heading.start();
            contentStart = heading.end();
        } else {
            start = injected.start();
            contentStart = injected.end();
        }
        Matcher question = QUESTION.matcher(text);
        String questionText = null;
        int contentEnd = text.length();
        if (question.find(contentStart)) {
            contentEnd = question.start();
            questionText = text.substring(question.end()).strip();
        }
        String context = text.substring(contentStart, contentEnd).strip();
        if (context.isEmpty()) {
            return null;
        }
        return new Section(context, questionText, start, contentEnd);
    }

    static Answer answer(String context, String question) {
        List<List<Sentences.Sentence>> passages = passages(context);
        List<Source> all = new ArrayList<>();
        List<Set<String>> termsPerSentence = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            List<Sentences.Sentence> sentences = passages.get(p);
            for (int s = 0; s < sentences.size(); s++) {
                all.add(new Source(sentences.get(s), p + 1, s + 1, 0));
                termsPerSentence.add(new HashSet<>(Terms.terms(sentences.get(s).text())));
            }
        }
        Set<String> asked = Terms.termSet(question);
        if (asked.isEmpty() || all.isEmpty()) {
            return new Answer(List.of(), passages.size());
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Set<String> terms : termsPerSentence) {
            for (String term : asked) {
                if (terms.contains(term)) {
                    documentFrequency.merge(term, 1, Integer::sum);
                }
            }
        }
        int n = all.size();
        double totalWeight = 0;
        Map<String, Double> idf = new HashMap<>();
        for (String term : asked) {
            double weight = Math.log(1 + n / (documentFrequency.getOrDefault(term, 0) + 0.5));
            idf.put(term, weight);
            totalWeight += weight;
        }
        List<Source> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double covered = 0;
            for (String term : asked) {
                if (termsPerSentence.get(i).contains(term)) {
                    covered += idf.get(term);
                }
            }
            Source source = all.get(i);
            scored.add(new Source(source.sentence(), source.passage(), source.sentenceInPassage(),
                    covered / totalWeight));
        }
        List<Source> ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble((Source s) -> -s.score())
                .thenComparingInt(s -> s.passage()).thenComparingInt(s -> s.sentenceInPassage()));
        Source best = ranked.get(0);
        if (best.score() < THRESHOLD) {
            return new Answer(List.of(), passages.size());
        }
        List<Source> answer = new ArrayList<>();
        answer.add(best);
        if (ranked.size() > 1 && ranked.get(1).score() >= THRESHOLD && ranked.get(1).score() >= 0.8 * best.score()) {
            answer.add(ranked.get(1));
        }
        answer.sort(Comparator.comparingInt((Source s) -> s.passage()).thenComparingInt(s -> s.sentenceInPassage()));
        return new Answer(answer, passages.size());
    }

    /** Passages are separated by blank lines or start with a marker ("[2]", "Document 3:", "4."). */
    private static List<List<Sentences.Sentence>> passages(String context) {
        List<String> texts = new ArrayList<>();
        for (String block : context.split("\\n[ \\t]*\\n")) {
            Matcher mark = PASSAGE_MARK.matcher(block);
            int from = 0;
            boolean first = true;
            while (mark.find()) {
                if (!first || mark.start() > 0) {
                    texts.add(block.substring(from, mark.start()));
                }
                from = mark.end();
                first = false;
            }
            texts.add(block.substring(from));
        }
        List<List<Sentences.Sentence>> passages = new ArrayList<>();
        for (String text : texts) {
            List<Sentences.Sentence> sentences = Sentences.split(text);
            if (!sentences.isEmpty()) {
                passages.add(sentences);
            }
        }
        return passages;
    }
}
