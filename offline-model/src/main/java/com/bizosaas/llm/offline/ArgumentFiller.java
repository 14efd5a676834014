package com.bizosaas.llm.offline;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
 * Fills the properties of a JSON object schema from what a text says: tool arguments, and structured answers.
 * <p>
 * In order of trust: a JSON object embedded in the text (fields matched by name), {@code key: value} /
 * {@code key=value} pairs, then values recognised by type next to where the property is mentioned: enum values
 * written as words, yes/no for booleans, e-mails, URLs, phone numbers and dates for properties named like them,
 * identifiers after "order", "invoice"... for *Id properties, numbers (money-looking ones for amount-like
 * properties), quoted strings and the words following the property's name. A value is given to one property only.
 * What is not in the text stays unfilled: for tools the model then asks for it instead of inventing it.
 */
final class ArgumentFiller {

    /** The values found, by property name in schema order, and the required properties still missing. */
    record Filling(Map<String, Object> values, List<String> missing) {
    }

    private static final Set<String> IDENTIFIER_FILLERS = Set.of("id", "number", "no", "nr", "num", "is", "ref",
            "reference", "code", "#", "was", "the", "of");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "don", "dont", "never", "without", "disable",
            "disabled", "skip");
    private static final Set<String> NOT_PLACES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "i", "today", "tomorrow", "the");

    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![\\w@/.#-])(#\\d[\\w-]*|[A-Za-z]{1,12}[-_]?\\d[\\w-]*|\\d+[-_][A-Za-z][\\w-]*)(?![\\w@])");
    private static final Pattern CONNECTOR = Pattern.compile(
            "(?i)^[\\s:=\\-\u2013\u2014]*(?:(?:is|was|are|as|of|to be|should be|would be|will be|be|saying|says|"
                    + "that says|reading|reads|called|named|line|set to|equal to|equals)\\b[\\s:=\\-]*)*");
    private static final Pattern SHORT_END = Pattern.compile(
            "\\n|[,;]|[.!?](?=\\s|$)|\\s(?:and|with|but|then|plus)\\s");
    private static final Pattern LONG_END = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SAYING = Pattern.compile(
            "(?i)\\b(?:saying|that says|that reads|with (?:the )?(?:message|text|note)|telling (?:them|him|her|the "
                    + "customer|the team))\\b\\s*:?\\s*");
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]+(?:[ \\-]\\p{Lu}[\\p{L}'\\-]+){0,3}");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|at|for|near|from|to)\\s+(\\p{Lu}[\\p{L}'\\-]+(?:[ \\-]\\p{Lu}[\\p{L}'\\-]+){0,3})");

    private final String text;
    private final String lower;
    private final List<Terms.Token> tokens;
    /** The term of each token (null for stop words), computed once: mentions are looked up for every property. */
    private final String[] tokenTerms;
    private final List<Recognizers.Found> found;
    private final List<Recognizers.Pair> pairs;
    private final List<Recognizers.Quoted> quoted;
    private final Map<String, Object> embedded;
    /** Characters inside a recognised e-mail, URL, date or phone number: never part of an identifier. */
    private final BitSet recognisedSpans;
    /** Where each property's name is written, found once per property. */
    private final Map<String, List<int[]>> mentionsByName = new HashMap<>();
    /** Characters whose value went to a property already. */
    private final BitSet used;
    /** Structured answers may classify into an enum and summarise; tool arguments take only what is written. */
    private final boolean extraction;

    private ArgumentFiller(String text, boolean extraction) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.tokens = Terms.tokens(text);
        this.tokenTerms = new String[tokens.size()];
        for (int i = 0; i < tokenTerms.length; i++) {
            tokenTerms[i] = Terms.term(tokens.get(i).word());
        }
        this.found = Recognizers.scan(text);
        this.pairs = Recognizers.pairs(text);
        this.recognisedSpans = new BitSet(text.length());
        for (Recognizers.Found f : found) {
            if (f.kind() != Recognizers.Kind.NUMBER) {
                recognisedSpans.set(f.start(), f.end());
            }
        }
        this.quoted = Recognizers.quoted(text);
        this.embedded = PlainJson.embeddedObject(text);
        this.used = new BitSet(text.length());
        this.extraction = extraction;
    }

    /**
     * Fills the schema's properties from the text.
     *
     * @param extraction true for a structured answer (missing values become null, enums may be classified and a
     *                   "summary" property summarised); false for tool arguments (missing values are left out and
     *                   reported when required)
     */
    static Filling fill(JsonObjectSchema schema, String text, boolean extraction) {
        return new ArgumentFiller(text == null ? "" : text, extraction).object(schema);
    }

    private Filling object(JsonObjectSchema schema) {
        Map<String, JsonSchemaElement> properties = schema.properties() == null ? Map.of() : schema.properties();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonSchemaElement> property : properties.entrySet()) {
            Object value = fromEmbeddedJson(property.getKey(), property.getValue());
            if (value == null) {
                value = fromPairs(property.getKey(), property.getValue());
            }
            if (value != null) {
                values.put(property.getKey(), value);
            }
        }
        List<Map.Entry<String, JsonSchemaElement>> byKind = new ArrayList<>(properties.entrySet());
        byKind.sort(Comparator.comparingInt(p -> rank(p.getKey(), p.getValue())));
        for (Map.Entry<String, JsonSchemaElement> property : byKind) {
            if (!values.containsKey(property.getKey())) {
                Object value = byType(property.getKey(), property.getValue(), properties.keySet());
                if (value != null) {
                    values.put(property.getKey(), value);
                }
            }
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> required = schema.required() == null ? List.of() : schema.required();
        for (String name : properties.keySet()) {
            if (values.containsKey(name)) {
                ordered.put(name, values.get(name));
            } else {
                if (extraction) {
                    ordered.put(name, null);
                }
                if (required.contains(name)) {
                    missing.add(name);
                }
            }
        }
        return new Filling(ordered, missing);
    }

    /** Specific recognisers first, so that free-text properties cannot swallow an e-mail or an amount. */
    private static int rank(String name, JsonSchemaElement element) {
        if (element instanceof JsonEnumSchema) {
            return 0;
        }
        if (element instanceof JsonBooleanSchema) {
            return 1;
        }
        if (element instanceof JsonIntegerSchema || element instanceof JsonNumberSchema) {
            return ParameterKind.of(name, element) == ParameterKind.IDENTIFIER ? 3 : 4;
        }
        return switch (ParameterKind.of(name, element)) {
            case EMAIL, URL, PHONE, DATE -> 2;
            case IDENTIFIER -> 3;
            case LOCATION, PERSON -> 5;
            default -> element instanceof JsonStringSchema ? 6 : 7;
        };
    }

    // --- trusted sources: embedded JSON and key/value pairs -------------------------------------------------

    private Object fromEmbeddedJson(String name, JsonSchemaElement element) {
        if (embedded == null) {
            return null;
        }
        for (Map.Entry<String, Object> field : embedded.entrySet()) {
            if (Coercion.normalised(field.getKey()).equals(Coercion.normalised(name))) {
                return Coercion.coerce(field.getValue(), element);
            }
        }
        return null;
    }

    private Object fromPairs(String name, JsonSchemaElement element) {
        Recognizers.Pair best = null;
        int bestMatch = 0;
        for (Recognizers.Pair pair : pairs) {
            int match = keyMatch(pair.key(), name);
            if (match > bestMatch && !isUsed(pair.valueStart(), pair.valueEnd())) {
                best = pair;
                bestMatch = match;
            }
        }
        if (best == null) {
            return null;
        }
        Object value = Coercion.coerce(best.value(), element);
        if (value != null) {
            used.set(best.valueStart(), best.valueEnd());
        }
        return value;
    }

    /** 3: same name ("Order ID" for orderId); 2: the key ends with it ("customer email"); 1: a shorter key ("amount" for amountUsd). */
    private static int keyMatch(String key, String name) {
        String k = Coercion.normalised(key);
        String n = Coercion.normalised(name);
        if (k.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (k.equals(n)) {
            return 3;
        }
        List<String> keyWords = Terms.words(key);
        List<String> nameWords = Terms.words(name);
        if (keyWords.size() > nameWords.size() && keyWords.subList(keyWords.size() - nameWords.size(), keyWords.size())
                .equals(nameWords)) {
            return 2;
        }
        List<String> keyTerms = Terms.nameTerms(key);
        List<String> nameTerms = Terms.nameTerms(name);
        if (!keyTerms.isEmpty() && !nameTerms.isEmpty() && keyTerms.get(0).equals(nameTerms.get(0))
                && nameTerms.containsAll(keyTerms)) {
            return 1;
        }
        return 0;
    }

    // --- values recognised by type --------------------------------------------------------------------------

    private Object byType(String name, JsonSchemaElement element, Set<String> allNames) {
        List<int[]> mentions = mentions(name);
        ParameterKind kind = ParameterKind.of(name, element);
        if (element instanceof JsonEnumSchema enumSchema) {
            return enumValue(enumSchema, mentions);
        }
        if (element instanceof JsonBooleanSchema) {
            return booleanValue(mentions);
        }
        if (element instanceof JsonIntegerSchema || element instanceof JsonNumberSchema) {
            return numberValue(element instanceof JsonIntegerSchema, kind, mentions);
        }
        if (element instanceof JsonArraySchema array) {
            return arrayValue(name, array, mentions);
        }
        if (element instanceof JsonObjectSchema nested) {
            Filling filling = object(nested);
            boolean any = filling.values().values().stream().anyMatch(v -> v != null);
            return any ? filling.values() : null;
        }
        if (element instanceof JsonAnyOfSchema anyOf) {
            for (JsonSchemaElement option : anyOf.anyOf()) {
                Object value = byType(name, option, allNames);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
        if (!(element instanceof JsonStringSchema)) {
            return null;
        }
        return switch (kind) {
            case EMAIL -> recognised(Recognizers.Kind.EMAIL, mentions);
            case URL -> recognised(Recognizers.Kind.URL, mentions);
            case PHONE -> recognised(Recognizers.Kind.PHONE, mentions);
            case DATE -> recognised(Recognizers.Kind.DATE, mentions);
            case IDENTIFIER -> identifier(name, mentions);
            case LOCATION -> firstNonNull(quotedAfter(mentions), capitalisedAfter(mentions), place());
            case PERSON -> firstNonNull(quotedAfter(mentions), capitalisedAfter(mentions));
            case SUMMARY -> extraction ? summary() : longText(name, mentions, allNames);
            case LONG_TEXT -> longText(name, mentions, allNames);
            default -> firstNonNull(quotedAfter(mentions), segmentAfter(name, mentions, allNames, false),
                    extraction ? null : firstUnusedQuoted());
        };
    }

    private Object longText(String name, List<int[]> mentions, Set<String> allNames) {
        Object value = firstNonNull(quotedAfter(mentions), segmentAfter(name, mentions, allNames, true));
        if (value == null) {
            Matcher saying = SAYING.matcher(text);
            if (saying.find() && !isUsed(saying.end(), text.length())) {
                String rest = text.substring(saying.end()).strip();
                rest = stripQuotes(rest);
                if (!rest.isEmpty()) {
                    used.set(saying.end(), text.length());
                    value = rest;
                }
            }
        }
        return value != null || extraction ? value : firstUnusedQuoted();
    }

    private static Object firstNonNull(Object... values) {
        for (Object value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Where the property is named in the text: runs of its name's words ("order id" for orderId). A one-word name
     * counts even when it is a stop word, so that "to" can be found for a {@code to} parameter.
     */
    private List<int[]> mentions(String name) {
        List<int[]> mentions = new ArrayList<>();
        for (int[] mention : mentionsByName.computeIfAbsent(name, this::findMentions)) {
            if (!isUsed(mention[0], mention[1])) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    private List<int[]> findMentions(String name) {
        List<String> words = Terms.words(name);
        Set<String> wanted = new HashSet<>();
        for (String word : words) {
            String term = Terms.term(word);
            if (term != null) {
                wanted.add(term);
            } else if (words.size() == 1) {
                wanted.add(word);
            }
        }
        List<int[]> mentions = new ArrayList<>();
        if (wanted.isEmpty()) {
            return mentions;
        }
        int[] open = null;
        for (int i = 0; i < tokens.size(); i++) {
            Terms.Token token = tokens.get(i);
            String term = tokenTerms[i];
            if (term != null && wanted.contains(term) || wanted.contains(token.word())) {
                if (open != null && token.start() - open[1] <= 3) {
                    open[1] = token.end();
                } else {
                    open = new int[]{token.start(), token.end()};
                    mentions.add(open);
                }
            } else {
                open = null;
            }
        }
        return mentions;
    }

    /**
     * Characters from the nearest mention to a value; values before a mention count double ("49.90 amount" is
     * rarer than "amount 49.90"). Mentions are in text order and do not overlap, so a binary search finds the two
     * neighbours.
     */
    private static int distance(int start, int end, List<int[]> mentions) {
        if (mentions.isEmpty()) {
            return 0;
        }
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid)[0] < end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int best = Integer.MAX_VALUE;
        if (low < mentions.size()) {
            best = (mentions.get(low)[0] - end) * 2 + 1;
        }
        if (low > 0) {
            int[] before = mentions.get(low - 1);
            best = Math.min(best, before[1] <= start ? start - before[1] : 0);
        }
        return best;
    }

    private boolean isUsed(int start, int end) {
        int clash = used.nextSetBit(start);
        return clash >= 0 && clash < end;
    }

    private Object recognised(Recognizers.Kind kind, List<int[]> mentions) {
        Recognizers.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Recognizers.Found f : found) {
            if (f.kind() == kind && !isUsed(f.start(), f.end())) {
                int d = distance(f.start(), f.end(), mentions);
                if (d < bestDistance) {
                    best = f;
                    bestDistance = d;
                }
            }
        }
        if (best == null) {
            return null;
        }
        used.set(best.start(), best.end());
        return best.value();
    }

    private Object enumValue(JsonEnumSchema schema, List<int[]> mentions) {
        String bestValue = null;
        int bestStart = -1;
        int bestEnd = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (String value : schema.enumValues()) {
            for (String form : List.of(value.toLowerCase(Locale.ROOT),
                    value.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' '))) {
                int at = wordIndex(form, 0);
                while (at >= 0) {
                    int end = at + form.length();
                    if (!isUsed(at, end)) {
                        int d = mentions.isEmpty() ? at : distance(at, end, mentions);
                        if (d < bestDistance) {
                            bestValue = value;
                            bestStart = at;
                            bestEnd = end;
                            bestDistance = d;
                        }
                    }
                    at = wordIndex(form, at + 1);
                }
            }
        }
        if (bestValue != null) {
            used.set(bestStart, bestEnd);
            return bestValue;
        }
        if (extraction && !schema.enumValues().isEmpty()) {
            Classifier.Verdict verdict = Classifier.classify(schema.enumValues(), Map.of(), text);
            return verdict.confidence().signum() > 0 ? verdict.label() : null;
        }
        return null;
    }

    /** Index of a whole-word occurrence of a lower-case phrase, or -1. */
    private int wordIndex(String phrase, int from) {
        if (phrase.isEmpty()) {
            return -1;
        }
        int at = lower.indexOf(phrase, from);
        while (at >= 0) {
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            boolean endOk = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = lower.indexOf(phrase, at + 1);
        }
        return -1;
    }

    private Object booleanValue(List<int[]> mentions) {
        for (int[] mention : mentions) {
            int index = tokenIndexAt(mention[0]);
            if (index < 0) {
                continue;
            }
            for (int k = Math.max(0, index - 2); k < index; k++) {
                if (NEGATIONS.contains(tokens.get(k).word())) {
                    return Boolean.FALSE;
                }
            }
            int last = index;
            while (last + 1 < tokens.size() && tokens.get(last + 1).start() < mention[1]) {
                last++;
            }
            for (int k = last + 1; k < Math.min(tokens.size(), last + 4); k++) {
                String word = tokens.get(k).word();
                if (Coercion.YES.contains(word)) {
                    return Boolean.TRUE;
                }
                if (Coercion.NO.contains(word)) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    private int tokenIndexAt(int start) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int s = tokens.get(mid).start();
            if (s == start) {
                return mid;
            }
            if (s < start) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /**
     * Numbers not given to another property. Next to a mention of the property the nearest wins; without one,
     * amount-like properties prefer numbers written with a currency and count-like ones prefer numbers without.
     */
    private Object numberValue(boolean integer, ParameterKind kind, List<int[]> mentions) {
        Recognizers.Found best = null;
        long bestKey = Long.MAX_VALUE;
        for (Recognizers.Found f : found) {
            if (f.kind() != Recognizers.Kind.NUMBER || isUsed(f.start(), f.end())) {
                continue;
            }
            if (integer && f.number().stripTrailingZeros().scale() > 0) {
                continue;
            }
            long currencyRank = switch (kind) {
                case MONEY -> f.currency() != null ? 0 : 1;
                case COUNT -> f.currency() == null ? 0 : 1;
                default -> 0;
            };
            long key = mentions.isEmpty()
                    ? currencyRank * 10_000_000L + f.start()
                    : (long) distance(f.start(), f.end(), mentions) * 10 + currencyRank;
            if (key < bestKey) {
                best = f;
                bestKey = key;
            }
        }
        if (best == null) {
            return null;
        }
        used.set(best.start(), best.end());
        return integer ? best.number().toBigInteger() : best.number();
    }

    /** An identifier written right after the property's name ("order A-1001", "invoice #88"), else any code-like token. */
    private Object identifier(String name, List<int[]> mentions) {
        Set<String> nameWords = Set.copyOf(Terms.words(name));
        for (int[] mention : mentions) {
            int at = mention[1];
            for (int step = 0; step < 4; step++) {
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (end == at) {
                    break;
                }
                String raw = text.substring(at, end);
                int from = 0;
                int to = raw.length();
                while (from < to && "#:=(\"'".indexOf(raw.charAt(from)) >= 0) {
                    from++;
                }
                while (to > from && ".,;:!?)\"'".indexOf(raw.charAt(to - 1)) >= 0) {
                    to--;
                }
                String word = raw.substring(from, to);
                String lowerWord = word.toLowerCase(Locale.ROOT);
                if (word.isEmpty() || IDENTIFIER_FILLERS.contains(lowerWord) || nameWords.contains(lowerWord)) {
                    at = end;
                    continue;
                }
                boolean hasDigit = word.chars().anyMatch(Character::isDigit);
                if (hasDigit && !word.contains("@") && !word.contains("://") && !isUsed(at + from, at + to)) {
                    used.set(at + from, at + to);
                    return word;
                }
                break;
            }
        }
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            if (!isUsed(m.start(1), m.end(1)) && !insideRecognised(m.start(1), m.end(1))) {
                used.set(m.start(1), m.end(1));
                String value = m.group(1);
                return value.startsWith("#") ? value.substring(1) : value;
            }
        }
        return null;
    }

    private boolean insideRecognised(int start, int end) {
        int clash = recognisedSpans.nextSetBit(start);
        return clash >= 0 && clash < end;
    }

    private Object arrayValue(String name, JsonArraySchema array, List<int[]> mentions) {
        JsonSchemaElement items = array.items();
        Recognizers.Kind kind = switch (ParameterKind.of(name, array)) {
            case EMAIL -> Recognizers.Kind.EMAIL;
            case URL -> Recognizers.Kind.URL;
            case PHONE -> Recognizers.Kind.PHONE;
            case DATE -> Recognizers.Kind.DATE;
            default -> items instanceof JsonIntegerSchema || items instanceof JsonNumberSchema
                    ? Recognizers.Kind.NUMBER : null;
        };
        if (kind == null) {
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (Recognizers.Found f : found) {
            if (f.kind() == kind && !isUsed(f.start(), f.end())) {
                if (kind == Recognizers.Kind.NUMBER) {
                    if (items instanceof JsonIntegerSchema) {
                        if (f.number().stripTrailingZeros().scale() > 0) {
                            continue;
                        }
                        values.add(f.number().toBigInteger());
                    } else {
                        values.add(f.number());
                    }
                } else {
                    values.add(f.value());
                }
                used.set(f.start(), f.end());
            }
        }
        return values.isEmpty() ? null : values;
    }

    private Object quotedAfter(List<int[]> mentions) {
        for (int[] mention : mentions) {
            for (Recognizers.Quoted q : quoted) {
                if (q.start() >= mention[1] && q.start() - mention[1] <= 40 && !isUsed(q.start(), q.end())) {
                    used.set(q.start(), q.end());
                    return q.value();
                }
            }
        }
        return null;
    }

    private Object firstUnusedQuoted() {
        for (Recognizers.Quoted q : quoted) {
            if (!isUsed(q.start(), q.end())) {
                used.set(q.start(), q.end());
                return q.value();
            }
        }
        return null;
    }

    /** The words after the property's name, up to the next property's name or the end of the phrase. */
    private Object segmentAfter(String name, List<int[]> mentions, Set<String> allNames, boolean longText) {
        List<int[]> stops = new ArrayList<>();
        for (String other : allNames) {
            // "to" as a parameter name would cut "Reminder to pay" short: only names with content words stop a phrase
            if (!other.equals(name) && !Terms.nameTerms(other).isEmpty()) {
                stops.addAll(mentions(other));
            }
        }
        for (int[] mention : mentions) {
            int from = mention[1];
            Matcher connector = CONNECTOR.matcher(text).region(from, Math.min(text.length(), from + 40));
            if (connector.lookingAt()) {
                from = connector.end();
            }
            int end = text.length();
            for (int[] stop : stops) {
                if (stop[0] >= from && stop[0] < end) {
                    end = stop[0];
                }
            }
            Matcher terminator = (longText ? LONG_END : SHORT_END).matcher(text).region(from, end);
            if (terminator.find()) {
                end = terminator.start();
            }
            String value = text.substring(from, end).strip();
            if (!longText) {
                value = value.replaceAll("[\\s.,;:!?]+$", "");
                value = value.replaceAll("(?i)\\s+(?:and|with|but|the|a|an)$", "");
            }
            value = stripQuotes(value);
            boolean sensible = !value.isEmpty()
                    && (longText ? value.length() <= 4000 : value.length() <= 120 && value.split("\\s+").length <= 15)
                    && !Terms.terms(value).isEmpty();
            if (sensible && !isUsed(from, from + 1)) {
                used.set(from, Math.max(from + 1, end));
                return value;
            }
        }
        return null;
    }

    private Object capitalisedAfter(List<int[]> mentions) {
        for (int[] mention : mentions) {
            int from = mention[1];
            Matcher connector = CONNECTOR.matcher(text).region(from, Math.min(text.length(), from + 40));
            if (connector.lookingAt()) {
                from = connector.end();
            }
            Matcher name = CAPITALISED.matcher(text).region(from, Math.min(text.length(), from + 80));
            if (name.lookingAt() && !isUsed(name.start(), name.end())) {
                used.set(name.start(), name.end());
                return name.group();
            }
        }
        return null;
    }

    private Object place() {
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            String candidate = m.group(1);
            String firstWord = candidate.split("[ \\-]")[0].toLowerCase(Locale.ROOT);
            if (!NOT_PLACES.contains(firstWord) && !isUsed(m.start(1), m.end(1))) {
                used.set(m.start(1), m.end(1));
                return candidate;
            }
        }
        return null;
    }

    private Object summary() {
        List<Sentences.Sentence> sentences = ExtractiveSummary.pick(text, 0);
        return sentences.isEmpty() ? null : ExtractiveSummary.render(sentences, false);
    }

    private static String stripQuotes(String value) {
        String v = value.strip();
        if (v.length() >= 2) {
            char first = v.charAt(0);
            char last = v.charAt(v.length() - 1);
            if ((first == '"' && last == '"') || (first == '\'' && last == '\'') || (first == '\u201c' && last == '\u201d')) {
                return v.substring(1, v.length() - 1).strip();
            }
        }
        return v;
    }
}
