package com.bizosaas.agents.entity;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state transition of a task, without a server: what each one sets and what it leaves alone. The entity
 * applies a transition whatever the state it finds (see {@link TheEntityRefusesNothing}); which transition is allowed
 * from which state is decided by the beans that call it (TaskExecution, AgentTasks), before they call.
 */
class AgentTaskTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:05:00Z");
    private static final Instant LATEST = Instant.parse("2026-03-02T09:10:00Z");
    private static final String LONG = "x".repeat(1500);

    private final UUID tenant = UUID.randomUUID();
    private final UUID agent = UUID.randomUUID();
    private final AgentTask task = new AgentTask(tenant, agent, "Summarise our week", "ann@coreldove.example", SUBMITTED);

    @Test
    void aNewTaskIsQueuedForItsTenantAndAgentWithNothingElseYet() {
        assertThat(task.getId()).isNotNull().isNotEqualTo(new AgentTask(tenant, agent, "i", "ann", SUBMITTED).getId());
        assertThat(task).extracting(AgentTask::getTenantId, AgentTask::getAgentId, AgentTask::getInput,
                        AgentTask::getSubmittedBy, AgentTask::getState, AgentTask::getQueuedAt)
                .containsExactly(tenant, agent, "Summarise our week", "ann@coreldove.example", TaskState.QUEUED, SUBMITTED);
        assertThat(task).extracting(AgentTask::getAttempts, AgentTask::getRequiredApprovals, AgentTask::awaitsFirstOfTwo)
                .containsExactly(0, 0, false);
        assertThat(task).extracting(AgentTask::getStartedAt, AgentTask::getFinishedAt, AgentTask::getResult,
                        AgentTask::getError, AgentTask::getTool, AgentTask::getWorkflowRunId)
                .containsOnlyNulls();
    }

    @Test
    void askingForAToolNamesTheCallAndLeavesTheTaskQueued() {
        task.askForTool("sendgrid_send_email", "{\"to\":\"list@example.com\"}");

        assertThat(task).extracting(AgentTask::getTool, AgentTask::getToolArguments, AgentTask::getState)
                .containsExactly("sendgrid_send_email", "{\"to\":\"list@example.com\"}", TaskState.QUEUED);
    }

    @Test
    void aStepOfAWorkflowRunRemembersTheRun() {
        UUID run = UUID.randomUUID();

        task.partOf(run);

        assertThat(task).extracting(AgentTask::getWorkflowRunId, AgentTask::getState).containsExactly(run, TaskState.QUEUED);
    }

    @Nested
    class Approval {

        @Test
        void aTaskAwaitingApprovalWaitsWithItsReasonDeadlineAndNumberOfApprovers() {
            task.awaitApproval(1, "refunds need a manager", LATEST);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getRequiredApprovals, AgentTask::getApprovalReason,
                            AgentTask::getApprovalDueAt, AgentTask::getQueuedAt, AgentTask::getDecidedBy)
                    .containsExactly(TaskState.AWAITING_APPROVAL, 1, "refunds need a manager", LATEST, SUBMITTED, null);
        }

        @Test
        void onlyATaskForTwoApproversNotYetApprovedOnceAwaitsTheFirstOfTwo() {
            AgentTask forOne = new AgentTask(tenant, agent, "i", "ann", SUBMITTED);
            forOne.awaitApproval(1, "why", LATEST);
            task.awaitApproval(2, "payouts need two administrators", LATEST);
            assertThat(forOne.awaitsFirstOfTwo()).isFalse();
            assertThat(task.awaitsFirstOfTwo()).isTrue();

            task.approveFirst("ann", null, LATER);

            assertThat(task.awaitsFirstOfTwo()).isFalse();
        }

        @Test
        void theFirstOfTwoApprovalsKeepsTheTaskWaitingWithTheApproversEdit() {
            task.awaitApproval(2, "payouts need two administrators", LATEST);

            task.approveFirst("ann", "Summarise our week, briefly", LATER);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getFirstApprovedBy, AgentTask::getFirstApprovedAt,
                            AgentTask::getInput, AgentTask::getDecidedBy, AgentTask::getDecidedAt)
                    .containsExactly(TaskState.AWAITING_APPROVAL, "ann", LATER, "Summarise our week, briefly", null, null);
        }

        @Test
        void aFirstApprovalWithoutAnEditKeepsTheInput() {
            task.awaitApproval(2, "why", LATEST);

            task.approveFirst("ann", null, LATER);

            assertThat(task.getInput()).isEqualTo("Summarise our week");
        }

        @Test
        void anOverdueTaskIsEscalatedAndStillWaits() {
            task.awaitApproval(1, "why", LATER);

            task.escalate(LATEST);

            assertThat(task).extracting(AgentTask::getEscalatedAt, AgentTask::getState, AgentTask::getDecidedBy)
                    .containsExactly(LATEST, TaskState.AWAITING_APPROVAL, null);
        }

        @Test
        void anApprovedTaskIsQueuedFromTheDecisionWithWhoDecidedAndTheirEdit() {
            task.awaitApproval(1, "why", LATEST);

            task.approve("bob", "Summarise our month", "fine, but the month", LATER);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getQueuedAt, AgentTask::getInput)
                    .containsExactly(TaskState.QUEUED, LATER, "Summarise our month");
            assertThat(task).extracting(AgentTask::getDecidedBy, AgentTask::getDecidedAt, AgentTask::getDecisionNote)
                    .containsExactly("bob", LATER, "fine, but the month");
            assertThat(task).extracting(AgentTask::getFinishedAt, AgentTask::getError).containsOnlyNulls();
        }

        @Test
        void anApprovalWithoutAnEditKeepsTheInput() {
            task.awaitApproval(1, "why", LATEST);

            task.approve("bob", null, null, LATER);

            assertThat(task).extracting(AgentTask::getInput, AgentTask::getDecisionNote)
                    .containsExactly("Summarise our week", null);
        }

        @Test
        void aRejectedTaskIsCancelledWithWhoRejectedItAndWhy() {
            task.awaitApproval(1, "why", LATEST);

            task.reject("bob", "not this week", LATER);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getError, AgentTask::getFinishedAt)
                    .containsExactly(TaskState.CANCELLED, "rejected by bob: not this week", LATER);
            assertThat(task).extracting(AgentTask::getDecidedBy, AgentTask::getDecidedAt, AgentTask::getDecisionNote)
                    .containsExactly("bob", LATER, "not this week");
            assertThat(task.getQueuedAt()).isEqualTo(SUBMITTED);
        }
    }

    @Nested
    class Attempts {

        @Test
        void startingAnAttemptRunsTheTaskAndCountsTheAttempt() {
            task.start(LATER);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getAttempts, AgentTask::getStartedAt,
                    AgentTask::getFinishedAt).containsExactly(TaskState.RUNNING, 1, LATER, null);
        }

        @Test
        void aRedeliveredTaskStartsAgainAsItsNextAttemptKeepingTheLastCause() {
            task.start(LATER);
            task.noteFailure("provider timed out");

            task.start(LATEST);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getAttempts, AgentTask::getStartedAt,
                    AgentTask::getError).containsExactly(TaskState.RUNNING, 2, LATEST, "provider timed out");
        }

        @Test
        void aFailedAttemptIsNotedWhileTheTaskKeepsRunning() {
            task.start(LATER);

            task.noteFailure("provider timed out");

            assertThat(task).extracting(AgentTask::getError, AgentTask::getState, AgentTask::getFinishedAt)
                    .containsExactly("provider timed out", TaskState.RUNNING, null);
        }

        @Test
        void aNotedFailureKeepsItsFirstThousandCharacters() {
            task.noteFailure(LONG);
            assertThat(task.getError()).isEqualTo(LONG.substring(0, 1000));

            task.noteFailure("y".repeat(1000));
            assertThat(task.getError()).isEqualTo("y".repeat(1000));

            task.noteFailure(null);
            assertThat(task.getError()).isNull();
        }

        @Test
        void aSucceededTaskKeepsItsAnswerWhoGaveItAndItsCost() {
            task.start(LATER);

            task.succeed("Your week: 12 new reviews.", "openai", "gpt-4o-mini", new BigDecimal("0.0042"), LATEST);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getResult, AgentTask::getProvider,
                            AgentTask::getModel)
                    .containsExactly(TaskState.SUCCEEDED, "Your week: 12 new reviews.", "openai", "gpt-4o-mini");
            assertThat(task.getCostUsd()).isEqualByComparingTo("0.0042");
            assertThat(task).extracting(AgentTask::getFinishedAt, AgentTask::getStartedAt, AgentTask::getAttempts)
                    .containsExactly(LATEST, LATER, 1);
        }

        @Test
        void aSuccessAfterAFailedAttemptKeepsThatAttemptsCause() {
            task.start(LATER);
            task.noteFailure("provider timed out");
            task.start(LATER);

            task.succeed("done", "offline", "offline", BigDecimal.ZERO, LATEST);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getError)
                    .containsExactly(TaskState.SUCCEEDED, "provider timed out");
        }

        @Test
        void aFailedTaskEndsWithTheReason() {
            task.start(LATER);

            task.fail("gave up after the broker's redeliveries", LATEST);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getError, AgentTask::getFinishedAt,
                            AgentTask::getResult)
                    .containsExactly(TaskState.FAILED, "gave up after the broker's redeliveries", LATEST, null);
        }

        @Test
        void aFailuresReasonKeepsItsFirstThousandCharacters() {
            task.fail(LONG, LATEST);
            assertThat(task.getError()).isEqualTo(LONG.substring(0, 1000));

            task.fail(null, LATEST);
            assertThat(task.getError()).isNull();
        }

        @Test
        void aCancelledTaskEndsWithoutAnError() {
            task.cancel(LATER);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getFinishedAt, AgentTask::getError,
                            AgentTask::getAttempts)
                    .containsExactly(TaskState.CANCELLED, LATER, null, 0);
        }
    }

    @ParameterizedTest
    @EnumSource(TaskState.class)
    void onlySucceededFailedAndCancelledAreFinal(TaskState state) {
        assertThat(state.isFinal())
                .isEqualTo(EnumSet.of(TaskState.SUCCEEDED, TaskState.FAILED, TaskState.CANCELLED).contains(state));
    }

    /**
     * Nothing is refused here: no exception, no silent no-op. A transition from the "wrong" state is applied as
     * asked, so the callers check first — TaskExecution starts only a QUEUED task (or a RUNNING one redelivered) and
     * fails only one that has not ended; AgentTasks approves only one awaiting approval and cancels only a queued one.
     */
    @Nested
    class TheEntityRefusesNothing {

        @Test
        void aFinishedTaskStartedAgainRuns() {
            task.start(LATER);
            task.succeed("done", "offline", "offline", BigDecimal.ZERO, LATER);

            task.start(LATEST);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getAttempts, AgentTask::getResult)
                    .containsExactly(TaskState.RUNNING, 2, "done");
        }

        @Test
        void aSucceededTaskFailedAfterwardsIsFailed() {
            task.succeed("done", "offline", "offline", BigDecimal.ZERO, LATER);

            task.fail("too late", LATEST);

            assertThat(task).extracting(AgentTask::getState, AgentTask::getFinishedAt)
                    .containsExactly(TaskState.FAILED, LATEST);
        }

        @Test
        void aTaskNeverAwaitingApprovalCanBeApprovedOrRejected() {
            task.approve("bob", null, null, LATER);
            assertThat(task).extracting(AgentTask::getState, AgentTask::getDecidedBy)
                    .containsExactly(TaskState.QUEUED, "bob");

            task.start(LATER);
            task.reject("carol", "no", LATEST);
            assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
        }
    }
}
