package com.bizosaas.llm.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {

    private static PriceTable.Price price(String prompt, String completion) {
        return new PriceTable.Price(new BigDecimal(prompt), new BigDecimal(completion));
    }

    @Test
    void theDefaultsPriceTheWellKnownModels() {
        var all = PriceTable.defaults().all();

        assertThat(all).containsOnlyKeys("gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1", "gpt-4o",
                "claude-3-5-haiku-latest", "claude-sonnet-4-5", "claude-opus-4-1");
        assertThat(all.get("gpt-4o-mini")).isEqualTo(price("0.15", "0.60"));
        assertThat(all.get("claude-opus-4-1")).isEqualTo(price("15.00", "75.00"));
    }

    @Test
    void emptyOrNullOverridesLeaveTheDefaults() {
        assertThat(PriceTable.withOverrides(null).all()).isEqualTo(PriceTable.defaults().all());
        assertThat(PriceTable.withOverrides("  ").all()).isEqualTo(PriceTable.defaults().all());
    }

    @Test
    void overridesReplaceADefaultAndAddNewModels() {
        PriceTable table = PriceTable.withOverrides("gpt-4o-mini=0.10/0.40; my-model=1/2");

        assertThat(table.all().get("gpt-4o-mini")).isEqualTo(price("0.10", "0.40"));
        assertThat(table.all().get("my-model")).isEqualTo(price("1", "2"));
        assertThat(table.all().get("gpt-4o")).isEqualTo(price("2.50", "10.00"));
    }

    @Test
    void overridesMaySeparateEntriesWithCommasAndSurroundThemWithSpaces() {
        PriceTable table = PriceTable.withOverrides(" a = 1 / 2 ,b=3/4;; ");

        assertThat(table.all().get("a")).isEqualTo(price("1", "2"));
        assertThat(table.all().get("b")).isEqualTo(price("3", "4"));
    }

    @Test
    void aLaterOverrideOfTheSameModelWins() {
        assertThat(PriceTable.withOverrides("m=1/1; m=2/3").all().get("m")).isEqualTo(price("2", "3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-model", "my-model=1", "my-model=1-2", "="})
    void refusesAnEntryThatIsNotModelEqualsPromptSlashCompletion(String entry) {
        assertThatThrownBy(() -> PriceTable.withOverrides("a=1/2; " + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"m=cheap/2", "m=1/2/3", "m=1/", "m=/"})
    void refusesPricesThatAreNotNumbersNamingTheEntry(String entry) {
        assertThatThrownBy(() -> PriceTable.withOverrides("a=1/2; " + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + entry + "'");
    }

    @Test
    void theTableCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> PriceTable.defaults().all().put("x", price("0", "0")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void costsPromptAndCompletionTokensAtTheirPricePerMillion() {
        BigDecimal cost = PriceTable.defaults().cost("gpt-4o", 1_000_000, 500_000);

        assertThat(cost).isEqualTo(new BigDecimal("7.500000"));
    }

    @Test
    void costsHaveSixDecimals() {
        BigDecimal cost = PriceTable.defaults().cost("gpt-4o-mini", 1000, 200);

        assertThat(cost).isEqualTo(new BigDecimal("0.000270"));
        assertThat(cost.scale()).isEqualTo(6);
    }

    @Test
    void costsRoundHalfUpAtTheSixthDecimal() {
        PriceTable table = PriceTable.withOverrides("m=1/0");

        assertThat(table.cost("m", 1, 0)).isEqualTo(new BigDecimal("0.000001"));
        assertThat(PriceTable.withOverrides("m=0.5/0").cost("m", 1, 0)).isEqualTo(new BigDecimal("0.000001"));
        assertThat(PriceTable.withOverrides("m=0.49/0").cost("m", 1, 0)).isEqualTo(new BigDecimal("0.000000"));
        assertThat(PriceTable.withOverrides("m=0/1.5").cost("m", 0, 3)).isEqualTo(new BigDecimal("0.000005"));
    }

    @Test
    void noTokensCostNothingOnAPricedModel() {
        assertThat(PriceTable.defaults().cost("gpt-4.1", 0, 0)).isEqualTo(new BigDecimal("0.000000"));
    }

    @Test
    void largeTokenCountsDoNotOverflow() {
        BigDecimal cost = PriceTable.defaults().cost("claude-opus-4-1", Integer.MAX_VALUE, Integer.MAX_VALUE);

        assertThat(cost).isEqualTo(new BigDecimal("193273.528230"));
    }

    @Test
    void anUnknownModelCostsZeroWithSixDecimals() {
        BigDecimal cost = PriceTable.defaults().cost("llama3.2", 12_345, 678);

        assertThat(cost).isEqualTo(new BigDecimal("0.000000"));
    }

    @Test
    void modelNamesAreMatchedExactly() {
        assertThat(PriceTable.defaults().cost("GPT-4O", 1_000_000, 0)).isZero();
        assertThat(PriceTable.defaults().cost("gpt-4o", 1_000_000, 0)).isEqualByComparingTo("2.5");
    }

    @Test
    void aMissingModelNameCostsZero() {
        assertThat(PriceTable.defaults().cost(null, 100, 100)).isEqualTo(new BigDecimal("0.000000"));
    }
}
