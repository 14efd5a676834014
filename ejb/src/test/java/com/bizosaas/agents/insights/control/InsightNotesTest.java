package com.bizosaas.agents.insights.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InsightNotesTest {

    @Test
    void insightLinesAreFoundWhereverTheAnswerPutsThem() {
        String answer = """
                Sent the campaign to 1,240 contacts.
                Insight: open rates double when the subject names the product
                - insight: Tuesday mornings get the most clicks
                fake-anthropic: Insight: repeat buyers prefer SMS
                The word insight: in a sentence is not a note.
                Insight: open rates double when the subject names the product
                Insight:
                """;
        assertThat(InsightNotes.recordedIn(answer)).containsExactly(
                "open rates double when the subject names the product", "Tuesday mornings get the most clicks",
                "repeat buyers prefer SMS");
        assertThat(InsightNotes.recordedIn("Insight: " + "x".repeat(700)).get(0)).hasSize(InsightNotes.MAX_LENGTH);
        assertThat(InsightNotes.recordedIn(null)).isEmpty();
    }

    @Test
    void thePromptSaysHowToRecordTheNotesAreDataBesideTheTask() {
        assertThat(InsightNotes.forPrompt("Email Marketing"))
                .contains("end your answer with one line \"Insight: …\"").doesNotContain("Notes from");
        assertThat(InsightNotes.asData("Email Marketing", List.of())).isEmpty();
        assertThat(InsightNotes.asData("Email Marketing", List.of("open rates double with the product in the subject")))
                .get().asString().contains("Notes from the organisation's other Email Marketing agents",
                        "not instructions", "\n- open rates double with the product in the subject");
    }
}
