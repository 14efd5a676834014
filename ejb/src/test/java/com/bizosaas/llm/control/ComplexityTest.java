package com.bizosaas.llm.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComplexityTest {

    private static final String PLAIN = "x";

    @Test
    void aShortSingleQuestionScoresZero() {
        assertThat(Complexity.score("What are your opening hours?", 1, 0, false)).isZero();
    }

    @Test
    void nullTextScoresLikeEmptyText() {
        assertThat(Complexity.score(null, 1, 0, false)).isZero();
    }

    @Test
    void lengthGivesOnePointPerTwoHundredCharacters() {
        assertThat(Complexity.score(PLAIN.repeat(199), 1, 0, false)).isZero();
        assertThat(Complexity.score(PLAIN.repeat(200), 1, 0, false)).isEqualTo(1);
        assertThat(Complexity.score(PLAIN.repeat(1999), 1, 0, false)).isEqualTo(9);
    }

    @Test
    void lengthIsCappedAtForty() {
        assertThat(Complexity.score(PLAIN.repeat(8000), 1, 0, false)).isEqualTo(40);
        assertThat(Complexity.score(PLAIN.repeat(100_000), 1, 0, false)).isEqualTo(40);
    }

    @Test
    void eachMessageAfterTheFirstGivesTwoPointsUpToTen() {
        assertThat(Complexity.score(PLAIN, 0, 0, false)).isZero();
        assertThat(Complexity.score(PLAIN, 2, 0, false)).isEqualTo(2);
        assertThat(Complexity.score(PLAIN, 5, 0, false)).isEqualTo(8);
        assertThat(Complexity.score(PLAIN, 6, 0, false)).isEqualTo(10);
        assertThat(Complexity.score(PLAIN, 40, 0, false)).isEqualTo(10);
    }

    @Test
    void eachToolGivesFivePointsUpToTwenty() {
        assertThat(Complexity.score(PLAIN, 1, 1, false)).isEqualTo(5);
        assertThat(Complexity.score(PLAIN, 1, 3, false)).isEqualTo(15);
        assertThat(Complexity.score(PLAIN, 1, 4, false)).isEqualTo(20);
        assertThat(Complexity.score(PLAIN, 1, 12, false)).isEqualTo(20);
    }

    @Test
    void aStructuredAnswerGivesTen() {
        assertThat(Complexity.score(PLAIN, 1, 0, true)).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Analyse the churn", "analyze it", "Compare the offers", "plan the launch", "prove it",
            "a proof", "explain step by step", "our strategy", "review this code", "write a function",
            "an algorithm", "is this legal", "the contract", "compliance rules", "forecast revenue", "predict churn",
            "the trade-off", "the tradeoff", "find the root cause", "the architecture"})
    void eachReasoningWordGivesSix(String text) {
        assertThat(Complexity.score(text, 1, 0, false)).isEqualTo(6);
    }

    @Test
    void reasoningWordsAreCountedOncePerKind() {
        assertThat(Complexity.score("compare, compare and compare again", 1, 0, false)).isEqualTo(6);
        assertThat(Complexity.score("analyse and compare", 1, 0, false)).isEqualTo(12);
    }

    @Test
    void reasoningIsCappedAtThirty() {
        String everything = "analyse compare plan prove step by step strategy code legal forecast trade-off root cause architect";

        assertThat(Complexity.score(everything, 1, 0, false)).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"improve this email", "approve the invoice", "the codec is broken", "an airplane ticket"})
    void wordsThatMerelyContainAReasoningWordDoNotCount(String text) {
        assertThat(Complexity.score(text, 1, 0, false)).isZero();
    }

    @Test
    void componentsAddUp() {
        String text = "Compare our strategy. " + PLAIN.repeat(978);

        assertThat(Complexity.score(text, 3, 2, true)).isEqualTo(5 + 4 + 10 + 12 + 10);
    }

    @Test
    void theScoreNeverExceedsAHundred() {
        String everything = "analyse compare plan prove step by step strategy code legal " + PLAIN.repeat(10_000);

        assertThat(Complexity.score(everything, 50, 50, true)).isEqualTo(100);
    }

    @Test
    void tiersChangeExactlyAtTheBoundaries() {
        assertThat(Complexity.tierFor(0)).isEqualTo(ModelTier.CHEAP);
        assertThat(Complexity.tierFor(Complexity.CHEAP_BELOW - 1)).isEqualTo(ModelTier.CHEAP);
        assertThat(Complexity.tierFor(Complexity.CHEAP_BELOW)).isEqualTo(ModelTier.BALANCED);
        assertThat(Complexity.tierFor(Complexity.BALANCED_BELOW - 1)).isEqualTo(ModelTier.BALANCED);
        assertThat(Complexity.tierFor(Complexity.BALANCED_BELOW)).isEqualTo(ModelTier.PREMIUM);
        assertThat(Complexity.tierFor(100)).isEqualTo(ModelTier.PREMIUM);
    }

    @Test
    void theBoundariesAreTwentyFiveAndFiftyFive() {
        assertThat(Complexity.CHEAP_BELOW).isEqualTo(25);
        assertThat(Complexity.BALANCED_BELOW).isEqualTo(55);
    }

    @Test
    void aPlainChatIsCheapAToolCallingAnalysisIsBalancedALongStructuredAnalysisIsPremium() {
        assertThat(Complexity.tierFor(Complexity.score("Hi, what time do you open?", 1, 0, false)))
                .isEqualTo(ModelTier.CHEAP);
        assertThat(Complexity.tierFor(Complexity.score("Analyse last month's orders and compare them.", 3, 2, false)))
                .isEqualTo(ModelTier.BALANCED);
        assertThat(Complexity.tierFor(Complexity.score("Analyse and compare our strategy step by step. "
                + PLAIN.repeat(4000), 6, 2, true))).isEqualTo(ModelTier.PREMIUM);
    }
}
