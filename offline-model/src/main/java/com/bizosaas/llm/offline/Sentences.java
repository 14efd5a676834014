package com.bizosaas.llm.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries, the unit that summaries, context answers and instruction detection pick. Lines are
 * boundaries too (bullets, e-mail headers), except where a hard-wrapped line visibly continues.
 */
final class Sentences {

    /** A sentence and where it stands in the text it came from. */
    record Sentence(String text, int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "vs", "etc", "inc", "ltd", "co", "no", "approx", "st",
            "jr", "sr", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int length = text.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBreakEndsSentence(text, i)) {
                    add(text, start, i, sentences);
                    start = i + 1;
                }
                i++;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                while (end < length && ".!?\u2026\"'\u201d)]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if ((end == length || Character.isWhitespace(text.charAt(end))) && !abbreviation(text, start, i)
                        && startsNewSentence(text, end)) {
                    add(text, start, end, sentences);
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, length, sentences);
        return sentences;
    }

    /** A single line break inside a paragraph is a wrap when the next line carries on in lower case. */
    private static boolean lineBreakEndsSentence(String text, int newline) {
        int next = newline + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
            return true;
        }
        int previous = newline - 1;
        while (previous >= 0 && Character.isWhitespace(text.charAt(previous)) && text.charAt(previous) != '\n') {
            previous--;
        }
        if (previous < 0 || text.charAt(previous) == '\n') {
            return true;
        }
        boolean previousOpen = Character.isLetterOrDigit(text.charAt(previous)) || text.charAt(previous) == ',';
        return !(previousOpen && Character.isLowerCase(text.charAt(next)));
    }

    private static boolean startsNewSentence(String text, int from) {
        int next = from;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char c = text.charAt(next);
        return !Character.isLowerCase(c);
    }

    private static boolean abbreviation(String text, int sentenceStart, int dot) {
        int begin = dot;
        while (begin > sentenceStart && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        if (begin == dot) {
            return false;
        }
        String word = text.substring(begin, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(begin)));
    }

    private static void add(String text, int start, int end, List<Sentence> into) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            into.add(new Sentence(text.substring(s, e), s, e));
        }
    }
}
