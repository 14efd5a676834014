package com.bizosaas.llm.offline;

import dev.langchain4j.agent.tool.ToolSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The offline model's parts on their own: words, recognisers, tool scores, JSON. */
class OfflineModelPartsTest {

    @Test
    void identifiersAndInflectionsMeetOnTheSameTerm() {
        assertThat(Terms.nameTerms("createRefund")).containsExactly("creat", "refund");
        assertThat(Terms.nameTerms("amount_usd")).containsExactly("amount", "usd");
        assertThat(Terms.nameTerms("HTTPServerError")).containsExactly("http", "server", "error");
        assertThat(Terms.terms("Refunds refunded refunding")).containsOnly("refund");
        assertThat(Terms.terms("Summarise summarized summarizing")).containsOnly(Terms.stem("summarize"));
        assertThat(Terms.terms("categories category")).containsOnly("category");
        assertThat(Terms.terms("billing bills bill")).containsOnly(Terms.stem("bill"));
        assertThat(Terms.terms("the and of to please")).isEmpty();
    }

    @Test
    void recognisersTellAmountsFromDatesPhonesAndIdentifiers() {
        List<Recognizers.Found> found = Recognizers.scan("Order A-1001 (ref #778) paid $1,250.50 on 2024-02-29; "
                + "call +44 20 7946 0958 or mail ap@acme.co.uk, see https://acme.co.uk/pay. Also 3 May 2024 and "
                + "EUR 99, then 10:30 and 2024-13-45.");

        assertThat(found).extracting(Recognizers.Found::kind, Recognizers.Found::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Recognizers.Kind.NUMBER, "1250.50"),
                org.assertj.core.groups.Tuple.tuple(Recognizers.Kind.DATE, "2024-02-29"),
                org.assertj.core.groups.Tuple.tuple(Recognizers.Kind.PHONE, "+44 20 7946 0958"),
                org.assertj.core.groups.Tuple.tuple(Recognizers.Kind.EMAIL, "ap@acme.co.uk"),
                org.assertj.core.groups.Tuple.tuple(Recognizers.Kind.URL, "https://acme.co.uk/pay"),
                org.assertj.core.groups.Tuple.tuple(Recognizers.Kind.DATE, "2024-05-03"),
                org.assertj.core.groups.Tuple.tuple(Recognizers.Kind.NUMBER, "99"));
        assertThat(found.get(0).currency()).isEqualTo("USD");
        assertThat(found.get(6).currency()).isEqualTo("EUR");
    }

    @Test
    void pairsStopAtCommasButNotInsideNumbers() {
        List<Recognizers.Pair> pairs = Recognizers.pairs("Name: Jane Doe, Total = 1,200.00, Note: \"ship, fast\". "
                + "See https://x.io");

        assertThat(pairs).extracting(Recognizers.Pair::key, Recognizers.Pair::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Name", "Jane Doe"),
                org.assertj.core.groups.Tuple.tuple("Total", "1,200.00"),
                org.assertj.core.groups.Tuple.tuple("Note", "ship, fast"));
    }

    @Test
    void toolScoresRankTheMeantToolAndIgnoreArgumentWords() {
        List<ToolSelection.Scored> scores = ToolSelection.score(OfflineModelTest.TOOLS,
                "refund A-1001 Paris weatherproof jacket");

        assertThat(scores).extracting(s -> s.tool().name())
                .containsExactly("lookupWeather", "createRefund", "sendEmail");
        assertThat(scores.get(1).score()).isGreaterThan(ToolSelection.THRESHOLD);
        assertThat(scores.get(0).score()).isZero();
        assertThat(scores.get(2).score()).isZero();
        assertThat(ToolSelection.choose(OfflineModelTest.TOOLS, "good morning", false)).isNull();
        assertThat(ToolSelection.choose(OfflineModelTest.TOOLS, "good morning", true).tool().name())
                .isEqualTo("lookupWeather");
    }

    @Test
    void wordsEveryToolSharesDecideNothing() {
        ToolSpecification a = ToolSpecification.builder().name("customerNotes").description("Customer notes").build();
        ToolSpecification b = ToolSpecification.builder().name("customerInvoices").description("Customer invoices")
                .build();

        List<ToolSelection.Scored> scores = ToolSelection.score(List.of(a, b), "show the customer invoices");

        assertThat(scores.get(1).score()).isGreaterThan(scores.get(0).score());
        assertThat(ToolSelection.score(List.of(a, b), "customer").get(0).score())
                .isEqualTo(ToolSelection.score(List.of(a, b), "customer").get(1).score());
    }

    @Test
    void contextAnswerCoversTheQuestionOrDeclines() {
        String context = "Shipping to Norway takes 5 business days. Returns are free within 14 days.\n\n"
                + "Our headquarters are in Berlin.";

        ContextAnswer.Answer returns = ContextAnswer.answer(context, "How long are returns free?");
        ContextAnswer.Answer ceo = ContextAnswer.answer(context, "Who founded the company?");

        assertThat(returns.sources()).extracting(s -> s.sentence().text())
                .containsExactly("Returns are free within 14 days.");
        assertThat(returns.sources().get(0).passage()).isEqualTo(1);
        assertThat(returns.sources().get(0).sentenceInPassage()).isEqualTo(2);
        assertThat(ceo.found()).isFalse();
    }

    @Test
    void classifierUsesKeywordsAndReportsItsShareOfEvidence() {
        Classifier.Verdict verdict = Classifier.classify(List.of("shipping", "billing"), Map.of(),
                "My parcel is late and the tracking page shows no courier.");

        assertThat(verdict.label()).isEqualTo("shipping");
        assertThat(verdict.confidence()).isEqualByComparingTo("1.00");
        assertThat(Classifier.labelsIn("Tag it with one of [urgent, normal, low]").labels())
                .containsExactly("urgent", "normal", "low");
        assertThat(Classifier.labelsIn("one of my orders")).isNull();
    }

    @Test
    void summaryCountIsReadFromTheInstruction() {
        assertThat(ExtractiveSummary.requestedCount("Summarize in two sentences")).isEqualTo(2);
        assertThat(ExtractiveSummary.requestedCount("Give me 4 bullet points")).isEqualTo(4);
        assertThat(ExtractiveSummary.requestedCount("sum it up in a sentence")).isEqualTo(1);
        assertThat(ExtractiveSummary.requestedCount("Summarize this")).isZero();
        assertThat(ExtractiveSummary.bulletsRequested("Give me 4 bullet points")).isTrue();
        assertThat(ExtractiveSummary.bulletsRequested("Summarize in two sentences")).isFalse();
    }

    @Test
    void sentencesRespectDecimalsAbbreviationsAndWrappedLines() {
        List<String> sentences = Sentences.split("Revenue grew 4.5 % vs. last year, e.g. in Spain. Costs fell.\n"
                + "This line wraps\nhere and ends. Dr. Smith agreed!").stream().map(Sentences.Sentence::text).toList();

        assertThat(sentences).containsExactly("Revenue grew 4.5 % vs. last year, e.g. in Spain.", "Costs fell.",
                "This line wraps\nhere and ends.", "Dr. Smith agreed!");
    }

    @Test
    void jsonRoundTripsAndFindsEmbeddedObjects() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "line\n\"quoted\" \\ \u0001");
        value.put("amount", new BigDecimal("49.90"));
        value.put("count", BigInteger.TEN);
        value.put("ok", true);
        value.put("none", null);
        value.put("list", List.of("a", 1));

        String written = PlainJson.write(value);

        assertThat(written).isEqualTo("{\"text\":\"line\\n\\\"quoted\\\" \\\\ \\u0001\",\"amount\":49.90,\"count\":10,"
                + "\"ok\":true,\"none\":null,\"list\":[\"a\",1]}");
        assertThat(OfflineModelTest.json(written).getString("text")).isEqualTo("line\n\"quoted\" \\ \u0001");
        assertThat(PlainJson.parse(written)).isEqualTo(Map.of("text", "line\n\"quoted\" \\ \u0001",
                "amount", new BigDecimal("49.90"), "count", BigDecimal.TEN, "ok", true,
                "list", List.of("a", BigDecimal.ONE), "none", "x").entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getKey().equals("none") ? null
                        : e.getValue()), Map::putAll));
        assertThat(PlainJson.embeddedObject("use {not json} then {\"a\": {\"b\": \"}\"}} ok"))
                .isEqualTo(Map.of("a", Map.of("b", "}")));
        assertThatThrownBy(() -> PlainJson.parse("{\"a\":1} trailing")).isInstanceOf(IllegalArgumentException.class);
    }
}
