package com.bizosaas.llm.offline;

import dev.langchain4j.model.chat.request.json.JsonSchemaElement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What kind of value a tool parameter or schema property takes, read from its name first ("customerEmail",
 * "amountUsd", "orderId") and only then from its description, because descriptions mention other things ("the
 * subject line of the email" describes a subject, not an e-mail address).
 */
enum ParameterKind {
    EMAIL, URL, PHONE, DATE, IDENTIFIER, MONEY, COUNT, SUMMARY, LONG_TEXT, LOCATION, PERSON, PLAIN;

    private static final Map<String, ParameterKind> WORDS = hintWords();
    /** Names that say what they are although their description may name something else. */
    private static final Set<String> PLAIN_NAMES = Set.of("subject", "title", "headline", "topic", "query",
            "keyword", "keywords", "search", "term", "label", "category", "status", "type");
    /** Last words of identifier names: orderId, invoiceNumber, promoCode, bookingRef. */
    private static final Set<String> IDENTIFIER_ENDINGS = Set.of("id", "ids", "number", "no", "code", "ref",
            "reference", "sku", "uuid", "nr", "num", "key");
    /** One-word names of addressee parameters: e-mail addresses unless the description speaks of a date. */
    private static final Set<String> ADDRESS_NAMES = Set.of("to", "cc", "bcc", "recipient", "recipients", "sender",
            "from", "replyto");

    /** The kind of value a property with this name (or, failing that, this description) takes. */
    static ParameterKind of(String name, JsonSchemaElement element) {
        List<String> words = Terms.words(name);
        if (words.size() == 1 && PLAIN_NAMES.contains(words.get(0))) {
            return PLAIN;
        }
        ParameterKind fromName = PLAIN;
        for (String word : words) {
            ParameterKind hint = WORDS.get(word);
            if (hint != null && hint.ordinal() < fromName.ordinal()) {
                fromName = hint;
            }
        }
        boolean identifierEnding = words.size() > 1 && IDENTIFIER_ENDINGS.contains(words.get(words.size() - 1))
                || words.size() == 1 && IDENTIFIER_ENDINGS.contains(words.get(0)) && !words.get(0).equals("number");
        if (identifierEnding && fromName.ordinal() > IDENTIFIER.ordinal()) {
            fromName = IDENTIFIER;
        }
        if (fromName != PLAIN) {
            return fromName;
        }
        String description = element == null ? null : element.description();
        ParameterKind fromDescription = PLAIN;
        if (description != null) {
            for (String word : Terms.words(description)) {
                ParameterKind hint = WORDS.get(word);
                if (hint == null && (word.equals("id") || word.equals("identifier"))) {
                    hint = IDENTIFIER;
                }
                if (hint != null) {
                    fromDescription = hint;
                    break;
                }
            }
        }
        if (words.size() == 1 && ADDRESS_NAMES.contains(words.get(0))) {
            return fromDescription == DATE ? DATE : EMAIL;
        }
        return fromDescription;
    }

    private static Map<String, ParameterKind> hintWords() {
        Map<String, ParameterKind> words = new LinkedHashMap<>();
        for (String w : "email emails mail mails e-mail".split(" ")) {
            words.put(w, EMAIL);
        }
        for (String w : "url urls link links website site uri href endpoint webhook".split(" ")) {
            words.put(w, URL);
        }
        for (String w : "phone phones mobile tel telephone fax cell".split(" ")) {
            words.put(w, PHONE);
        }
        for (String w : "date dates deadline due dob birthday birthdate day since until when".split(" ")) {
            words.put(w, DATE);
        }
        for (String w : ("amount amounts price prices cost costs total fee fees usd eur gbp inr sum payment refund "
                + "balance budget salary revenue charge value spend dollars euros").split(" ")) {
            words.put(w, MONEY);
        }
        for (String w : ("quantity qty count seats units items days hours minutes limit size nights people guests "
                + "copies").split(" ")) {
            words.put(w, COUNT);
        }
        for (String w : "summary tldr gist abstract synopsis".split(" ")) {
            words.put(w, SUMMARY);
        }
        for (String w : ("body message text content note notes comment comments description reason details "
                + "instructions feedback question").split(" ")) {
            words.put(w, LONG_TEXT);
        }
        for (String w : "city location place country town region destination".split(" ")) {
            words.put(w, LOCATION);
        }
        for (String w : "name customer person contact assignee owner client firstname lastname fullname company"
                .split(" ")) {
            words.put(w, PERSON);
        }
        return Map.copyOf(words);
    }
}
