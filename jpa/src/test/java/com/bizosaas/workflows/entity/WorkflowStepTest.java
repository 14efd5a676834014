package com.bizosaas.workflows.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transitions of one step of a run, without a server: PENDING, then working (a task) or waiting (a decision, an
 * event), then ended. Like the run, the step applies whatever it is asked; WorkflowEngine picks the transition from
 * the step's state before it calls.
 */
class WorkflowStepTest {

    private static final Instant STARTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:10:00Z");
    private static final Instant DUE = Instant.parse("2026-03-03T09:00:00Z");

    private final Workflow workflow = new Workflow(UUID.randomUUID(), "Weekly review", null,
            "{\"steps\": [{\"id\": \"summary\", \"type\": \"task\"}]}", null, "ann", STARTED);
    private final WorkflowRun run = new WorkflowRun(workflow, "this week", "bob", STARTED);
    private final WorkflowStep step = new WorkflowStep(run, "summary", 2, StepType.TASK);

    @Test
    void aNewStepIsPendingInItsRunWithNothingStartedYet() {
        assertThat(step.getId()).isNotNull().isNotEqualTo(new WorkflowStep(run, "summary", 2, StepType.TASK).getId());
        assertThat(step).extracting(WorkflowStep::getTenantId, WorkflowStep::getRunId, WorkflowStep::getKey,
                        WorkflowStep::getPosition, WorkflowStep::getType, WorkflowStep::getState)
                .containsExactly(run.getTenantId(), run.getId(), "summary", 2, StepType.TASK, StepState.PENDING);
        assertThat(step).extracting(WorkflowStep::getStartedAt, WorkflowStep::getFinishedAt, WorkflowStep::getTaskId,
                WorkflowStep::getResult, WorkflowStep::getDetail, WorkflowStep::getDecidedBy).containsOnlyNulls();
    }

    @Test
    void aTaskStepRunsWithTheTaskItGaveAnAgent() {
        UUID task = UUID.randomUUID();

        step.startTask(task, LATER);

        assertThat(step).extracting(WorkflowStep::getState, WorkflowStep::getTaskId, WorkflowStep::getStartedAt,
                WorkflowStep::getFinishedAt).containsExactly(StepState.RUNNING, task, LATER, null);
    }

    @Test
    void anApprovalGateWaitsForADecisionWithNoEventAndNoLimit() {
        WorkflowStep gate = new WorkflowStep(run, "gate", 0, StepType.APPROVAL);

        gate.await(StepState.AWAITING_APPROVAL, null, LATER, null);

        assertThat(gate).extracting(WorkflowStep::getState, WorkflowStep::getEventType, WorkflowStep::getStartedAt,
                WorkflowStep::getDueAt).containsExactly(StepState.AWAITING_APPROVAL, null, LATER, null);
    }

    @Test
    void anEventStepWaitsForItsEventUntilItsDeadline() {
        WorkflowStep wait = new WorkflowStep(run, "resolved", 1, StepType.EVENT);

        wait.await(StepState.AWAITING_EVENT, "agent.alert.resolved", LATER, DUE);

        assertThat(wait).extracting(WorkflowStep::getState, WorkflowStep::getEventType, WorkflowStep::getStartedAt,
                WorkflowStep::getDueAt).containsExactly(StepState.AWAITING_EVENT, "agent.alert.resolved", LATER, DUE);
    }

    @Test
    void aStepThatSucceedsKeepsItsResultAndWhenItStarted() {
        step.startTask(UUID.randomUUID(), STARTED);

        step.end(StepState.SUCCEEDED, "Your week: 12 new reviews.", null, LATER);

        assertThat(step).extracting(WorkflowStep::getState, WorkflowStep::getResult, WorkflowStep::getDetail,
                        WorkflowStep::getStartedAt, WorkflowStep::getFinishedAt)
                .containsExactly(StepState.SUCCEEDED, "Your week: 12 new reviews.", null, STARTED, LATER);
    }

    @Test
    void aStepEndedWithoutStartingStartsAndEndsAtOnce() {
        step.end(StepState.SKIPPED, null, "a condition before it was false", LATER);

        assertThat(step).extracting(WorkflowStep::getState, WorkflowStep::getDetail, WorkflowStep::getStartedAt,
                WorkflowStep::getFinishedAt)
                .containsExactly(StepState.SKIPPED, "a condition before it was false", LATER, LATER);
    }

    @Test
    void whyAStepEndedKeepsItsFirstThousandCharacters() {
        String longWhy = "w".repeat(1200);

        step.end(StepState.FAILED, null, longWhy, LATER);
        assertThat(step.getDetail()).isEqualTo(longWhy.substring(0, 1000));

        step.end(StepState.FAILED, null, "v".repeat(1000), LATER);
        assertThat(step.getDetail()).isEqualTo("v".repeat(1000));
    }

    @Test
    void aDecisionRecordsWhoDecidedAndLeavesTheStateToTheEnd() {
        WorkflowStep gate = new WorkflowStep(run, "gate", 0, StepType.APPROVAL);
        gate.await(StepState.AWAITING_APPROVAL, null, STARTED, null);

        gate.decidedBy("ann");

        assertThat(gate).extracting(WorkflowStep::getDecidedBy, WorkflowStep::getState)
                .containsExactly("ann", StepState.AWAITING_APPROVAL);

        gate.end(StepState.REJECTED, null, "not this week", LATER);

        assertThat(gate).extracting(WorkflowStep::getState, WorkflowStep::getDecidedBy, WorkflowStep::getStartedAt)
                .containsExactly(StepState.REJECTED, "ann", STARTED);
    }

    @Test
    void theEntityRefusesNothing_anEndedStepStartedAgainRuns() {
        step.end(StepState.CANCELLED, null, "the run ended (cancelled)", STARTED);

        step.startTask(UUID.randomUUID(), LATER);

        assertThat(step).extracting(WorkflowStep::getState, WorkflowStep::getStartedAt, WorkflowStep::getFinishedAt)
                .containsExactly(StepState.RUNNING, LATER, STARTED);
    }

    @ParameterizedTest
    @EnumSource(StepState.class)
    void theLastFiveStatesAreFinalAndOnlySucceededOrSkippedLetTheNextStepsGoOn(StepState state) {
        EnumSet<StepState> ended = EnumSet.of(StepState.SUCCEEDED, StepState.SKIPPED, StepState.FAILED,
                StepState.REJECTED, StepState.CANCELLED);

        assertThat(state.isFinal()).isEqualTo(ended.contains(state));
        assertThat(state.isDone()).isEqualTo(state == StepState.SUCCEEDED || state == StepState.SKIPPED);
    }
}
