package com.bizosaas.llm.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "extract" task without a schema: every e-mail, phone number, amount, date, URL and {@code Name: value} pair
 * the text holds, as a short list or as JSON. Values are copied, never completed.
 */
final class FieldExtraction {

    /** What was found, by kind, in text order and without repeats. */
    record Fields(List<String> emails, List<String> phones, List<Map<String, Object>> amounts, List<String> dates,
                  List<String> urls, Map<String, String> pairs) {

        boolean isEmpty() {
            return emails.isEmpty() && phones.isEmpty() && amounts.isEmpty() && dates.isEmpty() && urls.isEmpty()
                    && pairs.isEmpty();
        }
    }

    private FieldExtraction() {
    }

    static Fields extract(String text) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<Map<String, Object>> amounts = new LinkedHashSet<>();
        Set<String> dates = new LinkedHashSet<>();
        Set<String> urls = new LinkedHashSet<>();
        for (Recognizers.Found found : Recognizers.scan(text)) {
            switch (found.kind()) {
                case EMAIL -> emails.add(found.value());
                case PHONE -> phones.add(found.value());
                case DATE -> dates.add(found.value());
                case URL -> urls.add(found.value());
                case NUMBER -> {
                    // bare numbers are everywhere (quantities, years, ids): only money is worth listing
                    if (found.currency() != null) {
                        Map<String, Object> amount = new LinkedHashMap<>();
                        amount.put("value", found.number());
                        amount.put("currency", found.currency());
                        amounts.add(amount);
                    }
                }
            }
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Recognizers.Pair pair : Recognizers.pairs(text)) {
            pairs.putIfAbsent(pair.key(), pair.value());
        }
        return new Fields(List.copyOf(emails), List.copyOf(phones), List.copyOf(amounts), List.copyOf(dates),
                List.copyOf(urls), pairs);
    }

    static String asText(Fields fields) {
        if (fields.isEmpty()) {
            return "No e-mail addresses, phone numbers, amounts, dates, URLs or \"Name: value\" fields were found "
                    + "in the text.";
        }
        StringBuilder out = new StringBuilder();
        line(out, "E-mails", fields.emails());
        line(out, "Phone numbers", fields.phones());
        List<String> amounts = new ArrayList<>();
        for (Map<String, Object> amount : fields.amounts()) {
            amounts.add(((java.math.BigDecimal) amount.get("value")).toPlainString() + " " + amount.get("currency"));
        }
        line(out, "Amounts", amounts);
        line(out, "Dates", fields.dates());
        line(out, "URLs", fields.urls());
        if (!fields.pairs().isEmpty()) {
            out.append("Fields:\n");
            for (Map.Entry<String, String> pair : fields.pairs().entrySet()) {
                out.append("- ").append(pair.getKey()).append(": ").append(pair.getValue()).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static void line(StringBuilder out, String label, List<String> values) {
        if (!values.isEmpty()) {
            out.append(label).append(": ").append(String.join(", ", values)).append('\n');
        }
    }

    static Map<String, Object> asJson(Fields fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("emails", fields.emails());
        json.put("phones", fields.phones());
        json.put("amounts", fields.amounts());
        json.put("dates", fields.dates());
        json.put("urls", fields.urls());
        json.put("fields", new LinkedHashMap<String, Object>(fields.pairs()));
        return json;
    }
}
