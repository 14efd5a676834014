package com.bizosaas.workflows.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's one transition — it ends — without a server. The entity ends a run whatever state it is in; ending only a
 * run that has not ended is WorkflowEngine's check (a run already ended keeps its end), made before it calls.
 */
class WorkflowRunTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-03-02T09:30:00Z");
    private static final String DEFINITION = "{\"steps\": [{\"id\": \"gate\", \"type\": \"approval\"}]}";

    private final UUID tenant = UUID.randomUUID();
    private final Workflow workflow =
            new Workflow(tenant, "Weekly review", "every Monday", DEFINITION, null, "ann", CREATED);
    private final WorkflowRun run = new WorkflowRun(workflow, "this week", "bob", STARTED);

    @Test
    void aNewRunIsRunningWithTheWorkflowAsItWasWhenItStarted() {
        workflow.revise("Weekly review, revised", null, "{\"steps\": []}", ENDED);

        assertThat(run.getId()).isNotNull().isNotEqualTo(new WorkflowRun(workflow, "i", "bob", STARTED).getId());
        assertThat(run).extracting(WorkflowRun::getTenantId, WorkflowRun::getWorkflowId, WorkflowRun::getWorkflowName,
                        WorkflowRun::getDefinition)
                .containsExactly(tenant, workflow.getId(), "Weekly review", DEFINITION);
        assertThat(run).extracting(WorkflowRun::getInput, WorkflowRun::getStartedBy, WorkflowRun::getStartedAt,
                        WorkflowRun::getState)
                .containsExactly("this week", "bob", STARTED, RunState.RUNNING);
        assertThat(run).extracting(WorkflowRun::getOutcome, WorkflowRun::getFinishedAt).containsOnlyNulls();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", quoteCharacter = '"', value = {
            "SUCCEEDED, -",
            "FAILED, gave up after the broker's redeliveries of its step message",
            "CANCELLED, cancelled by ann"})
    void anEndedRunKeepsItsEndWhyAndWhen(RunState end, String why) {
        run.end(end, why, ENDED);

        assertThat(run).extracting(WorkflowRun::getState, WorkflowRun::getOutcome, WorkflowRun::getFinishedAt,
                WorkflowRun::getStartedAt).containsExactly(end, why, ENDED, STARTED);
    }

    @Test
    void anOutcomeKeepsItsFirstThousandCharacters() {
        String longWhy = "w".repeat(1001);

        run.end(RunState.FAILED, longWhy, ENDED);
        assertThat(run.getOutcome()).isEqualTo(longWhy.substring(0, 1000));

        run.end(RunState.FAILED, "v".repeat(1000), ENDED);
        assertThat(run.getOutcome()).isEqualTo("v".repeat(1000));
    }

    @Test
    void theEntityRefusesNothing_anEndedRunEndedAgainTakesTheNewEnd() {
        run.end(RunState.SUCCEEDED, null, STARTED);

        run.end(RunState.CANCELLED, "cancelled by ann", ENDED);

        assertThat(run).extracting(WorkflowRun::getState, WorkflowRun::getOutcome, WorkflowRun::getFinishedAt)
                .containsExactly(RunState.CANCELLED, "cancelled by ann", ENDED);
    }

    @ParameterizedTest
    @EnumSource(RunState.class)
    void everyStateButRunningIsFinal(RunState state) {
        assertThat(state.isFinal()).isEqualTo(state != RunState.RUNNING);
    }
}
