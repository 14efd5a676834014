package com.bizosaas.llm.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CacheKeysTest {

    private static final String SYSTEM = "You are a shop assistant.";
    private static final String TOOLS = "[{\"name\":\"lookup\"}]";
    private static final String BASE = CacheKeys.partition(SYSTEM, "cheap", TOOLS, 0.2, "json");

    private static String[] facts(String prompt) {
        String facts = CacheKeys.keyFacts(prompt);
        return facts.isEmpty() ? new String[0] : facts.split("\\|");
    }

    @Test
    void thePartitionIsAStableSha256HexDigest() {
        assertThat(BASE).matches("[0-9a-f]{64}");
        assertThat(CacheKeys.partition(SYSTEM, "cheap", TOOLS, 0.2, "json")).isEqualTo(BASE);
    }

    @Test
    void everyPartOfThePartitionChangesIt() {
        assertThat(CacheKeys.partition("You are a lawyer.", "cheap", TOOLS, 0.2, "json")).isNotEqualTo(BASE);
        assertThat(CacheKeys.partition(SYSTEM, "premium", TOOLS, 0.2, "json")).isNotEqualTo(BASE);
        assertThat(CacheKeys.partition(SYSTEM, "cheap", "[]", 0.2, "json")).isNotEqualTo(BASE);
        assertThat(CacheKeys.partition(SYSTEM, "cheap", TOOLS, 0.3, "json")).isNotEqualTo(BASE);
        assertThat(CacheKeys.partition(SYSTEM, "cheap", TOOLS, null, "json")).isNotEqualTo(BASE);
        assertThat(CacheKeys.partition(SYSTEM, "cheap", TOOLS, 0.2, "text")).isNotEqualTo(BASE);
        assertThat(CacheKeys.partition(SYSTEM, "cheap", TOOLS, 0.2, null)).isNotEqualTo(BASE);
    }

    @Test
    void textMovedBetweenPartsGivesAnotherPartition() {
        assertThat(CacheKeys.partition("ab", "c", "", null, null))
                .isNotEqualTo(CacheKeys.partition("a", "bc", "", null, null));
    }

    @Test
    void surroundingWhitespaceOfTheSystemPromptDoesNotMatter() {
        assertThat(CacheKeys.partition("  " + SYSTEM + "\n", "cheap", TOOLS, 0.2, "json")).isEqualTo(BASE);
    }

    @Test
    void absentPartsEqualEmptyOnes() {
        assertThat(CacheKeys.partition(null, null, null, null, null))
                .isEqualTo(CacheKeys.partition("", "", "", null, ""));
    }

    @Test
    void aPromptWithoutFactsHasEmptyKeyFacts() {
        assertThat(CacheKeys.keyFacts("what are your opening hours?")).isEmpty();
        assertThat(CacheKeys.keyFacts(null)).isEmpty();
    }

    @Test
    void numbersAreFactsWithoutTrailingPunctuation() {
        assertThat(facts("Refund 25.50 on order 1234.")).containsExactlyInAnyOrder("25.50", "1234");
        assertThat(facts("Schedule it for 2026-12-01, at 10:30.")).containsExactlyInAnyOrder("2026-12-01", "10:30");
    }

    @ParameterizedTest
    @CsvSource({
            "refund order 1234, refund order 1235",
            "status of order a-1001, status of order b-1001",
            "status of order A-1001, status of order A-1002",
            "look up sku_55, look up sku_56",
            "ship 5 units, ship 50 units",
            "what changed in v2.3?, what changed in v2.4?"})
    void promptsThatDifferOnlyInANumberOrIdHaveDifferentFacts(String one, String other) {
        assertThat(CacheKeys.keyFacts(one)).isNotEqualTo(CacheKeys.keyFacts(other));
    }

    @Test
    void identifiersKeepTheirLetterPrefix() {
        assertThat(facts("status of order a-1001")).containsExactly("a-1001");
        assertThat(facts("invoice inv-2024-001 and sku_55")).containsExactlyInAnyOrder("inv-2024-001", "sku_55");
        assertThat(facts("Where is order A-1001?")).contains("a-1001");
    }

    @Test
    void emailAddressesAreFacts() {
        assertThat(CacheKeys.keyFacts("send the invoice to anna@coreldove.com.")).isEqualTo("anna@coreldove.com");
        assertThat(CacheKeys.keyFacts("send the invoice to anna@coreldove.com"))
                .isNotEqualTo(CacheKeys.keyFacts("send the invoice to ben@coreldove.com"));
    }

    @Test
    void quotedTextIsAFactInEitherQuote() {
        assertThat(facts("translate 'thank you' into german")).containsExactly("thank you");
        assertThat(facts("translate \"good morning\" into german")).containsExactly("good morning");
    }

    @Test
    void capitalisedNamesInsideASentenceAreFacts() {
        assertThat(facts("write a welcome email for Maria")).containsExactly("maria");
        assertThat(facts("is Stripe enabled for ThrillRing?")).containsExactlyInAnyOrder("stripe", "thrillring");
    }

    @Test
    void sentenceInitialWordsAreNotNames() {
        assertThat(CacheKeys.keyFacts("Summarise the reviews. Translate them too! Reply briefly? Fine")).isEmpty();
    }

    @Test
    void commonCapitalisedWordsAreNotNames() {
        assertThat(CacheKeys.keyFacts("ok Please Tell me, Thanks, on Monday in USD as JSON")).isEmpty();
    }

    @Test
    void numberWordsCountAsTheirDigits() {
        assertThat(CacheKeys.keyFacts("give me three blog post ideas"))
                .isEqualTo(CacheKeys.keyFacts("give me 3 blog post ideas"))
                .isEqualTo("3");
        assertThat(facts("zero, one, ten, eleven and twelve")).containsExactlyInAnyOrder("0", "1", "10", "11", "12");
    }

    @Test
    void numberWordsInsideOtherWordsAreNotNumbers() {
        assertThat(CacheKeys.keyFacts("someone said the network is often down")).isEmpty();
    }

    @Test
    void factsAreSortedAndIndependentOfOrder() {
        String one = CacheKeys.keyFacts("move 42 units from Berlin to 7 stores");
        String other = CacheKeys.keyFacts("move to 7 stores from Berlin 42 units");

        assertThat(one).isEqualTo(other).isEqualTo("42|7|berlin");
    }

    @Test
    void repeatedFactsAppearOnce() {
        assertThat(CacheKeys.keyFacts("order 12, again order 12")).isEqualTo("12");
    }

    @Test
    void factsAreCappedAtAThousandCharacters() {
        String prompt = IntStream.range(100_000, 100_400).mapToObj(Integer::toString).collect(Collectors.joining(" "));

        String facts = CacheKeys.keyFacts(prompt);

        assertThat(facts).hasSize(1000).startsWith("100000|100001|");
        assertThat(Arrays.asList(facts.split("\\|"))).hasSize(143);
    }
}
