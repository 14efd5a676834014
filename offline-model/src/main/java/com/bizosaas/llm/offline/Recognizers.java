package com.bizosaas.llm.offline;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the values business text carries: e-mail addresses, URLs, dates, phone numbers, amounts (with their
 * currency), quoted strings and {@code Name: value} pairs. Tool arguments and extraction both read from here.
 * <p>
 * Where recognisers overlap, the more specific one wins (URL, e-mail, date, phone, then number), so that the digits
 * of a date or a phone number are never offered as an amount.
 */
final class Recognizers {

    enum Kind { URL, EMAIL, DATE, PHONE, NUMBER }

    /**
     * One recognised value. {@code value} is its normal form (ISO date, digits of a number without grouping);
     * {@code number} and {@code currency} are set for numbers only.
     */
    record Found(Kind kind, int start, int end, String value, BigDecimal number, String currency) {
    }

    /** A {@code key: value} or {@code key = value} pair as written. */
    record Pair(String key, String value, int keyStart, int valueStart, int valueEnd) {
    }

    /** A quoted string, without its quotes. */
    record Quoted(String value, int start, int end) {
    }

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]{}]+");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_FIRST_DATE = Pattern.compile(
            "(?i)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+.\\-/:@#])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,4}(?:[ .-]\\d{2,4}){1,4}"
                    + "(?![\\w@]|[.-]\\d)");
    private static final Pattern THOUSANDS_WITH_DOTS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,\\-/@#:+])"
                    + "(?:(?<symbol>[$\u20ac\u00a3\u00a5\u20b9])\\s?|(?<before>USD|EUR|GBP|INR|JPY|CHF|CAD|AUD)\\s?)?"
                    + "(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<after>USD|EUR|GBP|INR|JPY|CHF|CAD|AUD|[$\u20ac\u00a3]"
                    + "|(?i:dollars?|euros?|pounds?|rupees?|yen)\\b))?"
                    + "(?![\\w\\-/@:]|[.,]\\d)");
    /** Only the key: the value is cut by hand, a regex loop over a long line would recurse once per character. */
    private static final Pattern PAIR_KEY = Pattern.compile(
            "(?<![\\w-])[\"']?([A-Za-z][\\w-]*+(?:[ \\t][A-Za-z][\\w-]*+){0,3}+)[\"']?[ \\t]*+[:=][ \\t]*");
    private static final int MAX_VALUE = 300;
    private static final Pattern QUOTED = Pattern.compile(
            "\"([^\"\\n]{1,300})\"|\u201c([^\u201d\\n]{1,300})\u201d|(?<!\\w)'([^'\\n]{1,300})'(?!\\w)");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("\u20ac", "EUR"), Map.entry("\u00a3", "GBP"), Map.entry("\u00a5", "JPY"),
            Map.entry("\u20b9", "INR"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"), Map.entry("yen", "JPY"));

    private Recognizers() {
    }

    /** Every recognised value, without overlaps, in text order. */
    static List<Found> scan(String text) {
        List<Found> candidates = new ArrayList<>();
        urls(text, candidates);
        if (text.indexOf('@') >= 0) {
            emails(text, candidates);
        }
        dates(text, candidates);
        phones(text, candidates);
        numbers(text, candidates);

        BitSet taken = new BitSet(text.length());
        List<Found> accepted = new ArrayList<>();
        candidates.sort(Comparator.comparing(Found::kind).thenComparingInt(Found::start));
        for (Found found : candidates) {
            int clash = taken.nextSetBit(found.start());
            if (clash < 0 || clash >= found.end()) {
                taken.set(found.start(), found.end());
                accepted.add(found);
            }
        }
        accepted.sort(Comparator.comparingInt(Found::start));
        return accepted;
    }

    private static void urls(String text, List<Found> into) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            into.add(new Found(Kind.URL, m.start(), end, text.substring(m.start(), end), null, null));
        }
    }

    /** Tried only around each '@': a regex search over a long text costs more than the few addresses in it. */
    private static void emails(String text, List<Found> into) {
        Matcher m = EMAIL.matcher(text).useTransparentBounds(true);
        int done = 0;
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > done && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            m.region(start, Math.min(text.length(), at + 256));
            if (start < at && m.lookingAt()) {
                into.add(new Found(Kind.EMAIL, m.start(), m.end(), m.group(), null, null));
                done = m.end();
            }
            at = text.indexOf('@', Math.max(at + 1, done));
        }
    }

    private static boolean isLocalPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    private static void dates(String text, List<Found> into) {
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            date(iso.start(), iso.end(), iso.group(1), iso.group(2), iso.group(3), into);
        }
        Matcher monthFirst = MONTH_FIRST_DATE.matcher(text);
        while (monthFirst.find()) {
            date(monthFirst.start(), monthFirst.end(), monthFirst.group(3), month(monthFirst.group(1)),
                    monthFirst.group(2), into);
        }
        Matcher dayFirst = DAY_FIRST_DATE.matcher(text);
        while (dayFirst.find()) {
            date(dayFirst.start(), dayFirst.end(), dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1),
                    into);
        }
    }

    private static String month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(key);
        return Integer.toString(index + 1);
    }

    private static void date(int start, int end, String year, String month, String day, List<Found> into) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            into.add(new Found(Kind.DATE, start, end, date.toString(), null, null));
        } catch (DateTimeException | NumberFormatException notADate) {
            // 2024-13-45 is an identifier, not a date
        }
    }

    private static void phones(String text, List<Found> into) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String candidate = m.group();
            if (looksLikePhone(candidate)) {
                into.add(new Found(Kind.PHONE, m.start(), m.end(), candidate, null, null));
            }
        }
    }

    /**
     * 7 to 15 digits, and either an international or area-code prefix, or groups of at least three digits after
     * the first: "555 123 4567" is a phone number, "10 20 30 40" is a list.
     */
    private static boolean looksLikePhone(String candidate) {
        String[] groups = candidate.replaceAll("^\\D+", "").split("\\D+");
        int digits = 0;
        boolean longGroups = groups.length >= 2;
        for (int i = 0; i < groups.length; i++) {
            digits += groups[i].length();
            if (i > 0 && groups[i].length() < 3) {
                longGroups = false;
            }
        }
        boolean prefixed = candidate.startsWith("+") || candidate.contains("(");
        return digits >= 7 && digits <= 15 && (prefixed || longGroups)
                && !THOUSANDS_WITH_DOTS.matcher(candidate).matches();
    }

    private static void numbers(String text, List<Found> into) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group("digits").replace(",", "");
            String currency = currency(m.group("symbol"), m.group("before"), m.group("after"));
            BigDecimal number;
            try {
                number = new BigDecimal(digits);
            } catch (NumberFormatException unreadable) {
                continue;
            }
            into.add(new Found(Kind.NUMBER, m.start(), m.end(), digits, number, currency));
        }
    }

    private static String currency(String symbol, String before, String after) {
        for (String written : new String[]{symbol, before, after}) {
            if (written != null) {
                String code = CURRENCIES.get(written.toLowerCase(Locale.ROOT));
                return code != null ? code : written.toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * {@code key: value} and {@code key = value} pairs; keys of up to four words, values up to the end of the line,
     * a comma or semicolon (not one between digits) or a full stop followed by a space.
     */
    static List<Pair> pairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        if (text.indexOf(':') < 0 && text.indexOf('=') < 0) {
            return pairs;
        }
        Matcher m = PAIR_KEY.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int valueStart = m.end();
            int valueEnd = valueEnd(text, valueStart);
            from = Math.max(valueEnd, m.end());
            if (valueEnd <= valueStart || text.startsWith("//", valueStart)) {
                continue;
            }
            String value = text.substring(valueStart, valueEnd).strip();
            int start = valueStart;
            int end = valueEnd;
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.substring(1, value.length() - 1).strip();
                start++;
                end--;
            }
            if (!value.isBlank()) {
                pairs.add(new Pair(m.group(1).strip(), value, m.start(1), start, end));
            }
        }
        return pairs;
    }

    private static int valueEnd(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_VALUE);
        if (start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'')) {
            int close = text.indexOf(text.charAt(start), start + 1);
            int newline = text.indexOf('\n', start);
            if (close > 0 && close < limit && (newline < 0 || close < newline)) {
                return close + 1;
            }
        }
        int i = start;
        while (i < limit) {
            char c = text.charAt(i);
            boolean nextIsDigit = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            boolean nextIsSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (c == '\n' || c == '\r' || c == ';' || (c == ',' && !nextIsDigit) || (c == '.' && nextIsSpace)) {
                break;
            }
            i++;
        }
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static List<Quoted> quoted(String text) {
        List<Quoted> quoted = new ArrayList<>();
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0 && text.indexOf('\u201c') < 0) {
            return quoted;
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            for (int group = 1; group <= 3; group++) {
                if (m.group(group) != null && !m.group(group).isBlank()) {
                    quoted.add(new Quoted(m.group(group).strip(), m.start(group), m.end(group)));
                }
            }
        }
        return quoted;
    }
}
