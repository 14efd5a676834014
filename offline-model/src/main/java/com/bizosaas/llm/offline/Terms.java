package com.bizosaas.llm.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as the offline model compares them. Every task matches on these terms, so that "Refunds", "refunded"
 * and the tool name {@code createRefund} all meet on "refund".
 */
final class Terms {

    /** A word of the original text and where it stands, so that a task can look next to it. */
    record Token(String word, int start, int end) {
    }

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "into", "onto", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "doing", "done", "have", "has", "had", "having", "it", "its", "this", "that",
            "these", "those", "there", "here", "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your",
            "yours", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "what", "which",
            "who", "whom", "whose", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more",
            "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very",
            "can", "could", "will", "would", "shall", "should", "may", "might", "must", "just", "please", "kindly",
            "also", "up", "out", "over", "under", "again", "further", "once", "now", "hi", "hello", "hey", "dear",
            "want", "let", "tell", "via", "per", "while", "because", "until", "after", "before", "during", "between",
            "through", "above", "below", "off", "s", "t", "don", "didn", "doesn", "isn", "wasn", "ll", "re",
            "ve", "d", "m", "o", "y", "etc", "eg", "ie", "e", "g", "following", "given", "using", "use");

    private static final String[][] BRITISH_SUFFIXES = {{"isation", "ization"}, {"isations", "izations"},
            {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"}};

    private Terms() {
    }

    /**
     * Lower-case words with their offsets. Identifiers are split where a person would read two words:
     * camelCase, PascalCase, snake_case, and between letters and digits ("A1001" gives "a", "1001").
     */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            splitRun(text, start, i, tokens);
        }
        return tokens;
    }

    private static void splitRun(String text, int start, int end, List<Token> into) {
        int from = start;
        for (int k = start + 1; k < end; k++) {
            char previous = text.charAt(k - 1);
            char current = text.charAt(k);
            boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
            boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
                    && k + 1 < end && Character.isLowerCase(text.charAt(k + 1));
            boolean letterDigit = Character.isDigit(previous) != Character.isDigit(current);
            if (lowerToUpper || acronymEnd || letterDigit) {
                into.add(new Token(text.substring(from, k).toLowerCase(Locale.ROOT), from, k));
                from = k;
            }
        }
        into.add(new Token(text.substring(from, end).toLowerCase(Locale.ROOT), from, end));
    }

    /** The words of a text, lower-case, in order. */
    static List<String> words(String text) {
        List<Token> tokens = tokens(text);
        List<String> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            words.add(token.word());
        }
        return words;
    }

    /** Content terms in order: stop words and single letters dropped, the rest stemmed. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (Token token : tokens(text)) {
            String term = term(token.word());
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** Distinct content terms, in order of first appearance. */
    static Set<String> termSet(String text) {
        return new LinkedHashSet<>(terms(text));
    }

    /** The term a word counts as, or null when it carries no content. */
    static String term(String word) {
        if (STOP_WORDS.contains(word)) {
            return null;
        }
        boolean digits = Character.isDigit(word.charAt(0));
        if (!digits && word.length() < 2) {
            return null;
        }
        return digits ? word : stem(word);
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * Light suffix stripping, applied to both sides of every comparison so that small inconsistencies cancel
     * out. It folds plurals, -ing, -ed, -ly, a final e, British -ise into -ize and double final consonants;
     * it does not try to be a linguistic stemmer.
     */
    static String stem(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        if (s.length() <= 3 || !isLetters(s)) {
            return s;
        }
        s = britishToAmerican(s);
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ly") && s.length() > 5) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && !isVowel(s.charAt(n - 1))) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    private static String britishToAmerican(String s) {
        for (String[] pair : BRITISH_SUFFIXES) {
            if (s.endsWith(pair[0]) && s.length() > pair[0].length() + 2) {
                return s.substring(0, s.length() - pair[0].length()) + pair[1];
            }
        }
        return s;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Stems of the words of an identifier or label such as "createRefund", "amount_usd" or "Technical Support". */
    static List<String> nameTerms(String name) {
        List<String> terms = new ArrayList<>();
        for (String word : words(name)) {
            String term = term(word);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }
}
