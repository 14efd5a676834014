package com.bizosaas.workflows.control;

import com.bizosaas.workflows.control.WorkflowProgress.Decide;
import com.bizosaas.workflows.control.WorkflowProgress.Skip;
import com.bizosaas.workflows.control.WorkflowProgress.Start;
import com.bizosaas.workflows.control.WorkflowProgress.StepView;
import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.StepState;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowProgressTest {

    // a → (b ∥ c) → gate → cond(b contains "deal") → send ; else-branch: nodeal (lacks "deal") → note
    private static final WorkflowDefinition FLOW = WorkflowDefinition.parse("""
            {"steps": [
              {"id": "a", "type": "task", "agent": "x", "input": "i"},
              {"id": "b", "type": "task", "agent": "x", "after": ["a"], "input": "i"},
              {"id": "c", "type": "task", "agent": "x", "after": ["a"], "input": "i"},
              {"id": "gate", "type": "approval", "after": ["b", "c"]},
              {"id": "deal", "type": "condition", "after": ["gate"], "step": "b", "contains": "deal"},
              {"id": "nodeal", "type": "condition", "after": ["gate"], "step": "b", "lacks": "deal"},
              {"id": "send", "type": "task", "agent": "x", "after": ["deal"], "input": "i"},
              {"id": "note", "type": "task", "agent": "x", "after": ["nodeal"], "input": "i"}
            ]}""");

    @Test
    void theFirstStepsStartThenParallelBranchesTogether() {
        Map<String, StepView> steps = allPending();
        assertThat(WorkflowProgress.next(FLOW, steps).decisions()).containsExactly(new Start("a"));

        steps.put("a", done("found"));
        WorkflowProgress.Next next = WorkflowProgress.next(FLOW, steps);
        assertThat(next.decisions()).containsExactly(new Start("b"), new Start("c"));
        assertThat(next.end()).isNull();
    }

    @Test
    void theGateWaitsForBothBranches() {
        Map<String, StepView> steps = allPending();
        steps.put("a", done("found"));
        steps.put("b", done("an open deal"));
        steps.put("c", new StepView(StepState.RUNNING, null, null));
        assertThat(WorkflowProgress.next(FLOW, steps).decisions()).isEmpty();
        steps.put("c", done("stats"));
        assertThat(WorkflowProgress.next(FLOW, steps).decisions()).containsExactly(new Start("gate"));
    }

    @Test
    void afterTheGateConditionsAreDecidedAndTheFalseBranchSkipped() {
        Map<String, StepView> steps = allPending();
        steps.put("a", done("found"));
        steps.put("b", done("an open Deal with ACME"));
        steps.put("c", done("stats"));
        steps.put("gate", done("approved"));
        WorkflowProgress.Next next = WorkflowProgress.next(FLOW, steps);
        assertThat(next.decisions()).containsExactly(
                new Decide("deal", true, "the result of b contains \"deal\": it does"),
                new Decide("nodeal", false, "the result of b lacks \"deal\": it does not"),
                new Start("send"),
                new Skip("note", "condition nodeal did not hold"));
        assertThat(next.end()).isNull();

        steps.put("deal", new StepView(StepState.SUCCEEDED, WorkflowProgress.HELD, "…"));
        steps.put("nodeal", new StepView(StepState.SUCCEEDED, "false", "…"));
        steps.put("note", new StepView(StepState.SKIPPED, null, "…"));
        steps.put("send", done("sent"));
        assertThat(WorkflowProgress.next(FLOW, steps).end()).isEqualTo(new WorkflowProgress.End(RunState.SUCCEEDED, null));
    }

    @Test
    void aSkippedStepSkipsWhatComesAfterIt() {
        WorkflowDefinition chain = WorkflowDefinition.parse("""
                {"steps": [{"id": "a", "type": "task", "agent": "x", "input": "i"},
                           {"id": "if", "type": "condition", "after": ["a"], "step": "a", "contains": "yes"},
                           {"id": "b", "type": "approval", "after": ["if"]},
                           {"id": "c", "type": "event", "after": ["b"], "event": "x.y"}]}""");
        Map<String, StepView> steps = new LinkedHashMap<>();
        chain.steps().forEach(s -> steps.put(s.id(), pending()));
        steps.put("a", done("no"));
        WorkflowProgress.Next next = WorkflowProgress.next(chain, steps);
        assertThat(next.decisions()).extracting(WorkflowProgress.Decision::step).containsExactly("if", "b", "c");
        assertThat(next.decisions().get(2)).isEqualTo(new Skip("c", "b was skipped"));
        assertThat(next.end().state()).isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void aFailureFailsTheRunAndARejectionCancelsIt() {
        Map<String, StepView> steps = allPending();
        steps.put("a", new StepView(StepState.FAILED, null, "its task failed: budget"));
        WorkflowProgress.Next failed = WorkflowProgress.next(FLOW, steps);
        assertThat(failed.decisions()).isEmpty();
        assertThat(failed.end()).isEqualTo(new WorkflowProgress.End(RunState.FAILED, "step a failed: its task failed: budget"));

        steps.put("a", done("x"));
        steps.put("b", done("x"));
        steps.put("c", done("x"));
        steps.put("gate", new StepView(StepState.REJECTED, null, "rejected by ann: too early"));
        assertThat(WorkflowProgress.next(FLOW, steps).end())
                .isEqualTo(new WorkflowProgress.End(RunState.CANCELLED, "step gate was rejected: rejected by ann: too early"));
    }

    @Test
    void aTaskWhoseAnswerIsFalseDoesNotSkipWhatFollowsIt() {
        WorkflowDefinition chain = WorkflowDefinition.parse("""
                {"steps": [{"id": "a", "type": "task", "agent": "x", "input": "i"},
                           {"id": "b", "type": "approval", "after": ["a"]}]}""");
        Map<String, StepView> steps = new LinkedHashMap<>(Map.of("a", done("false"), "b", pending()));
        assertThat(WorkflowProgress.next(chain, steps).decisions()).containsExactly(new Start("b"));
    }

    private static Map<String, StepView> allPending() {
        Map<String, StepView> steps = new LinkedHashMap<>();
        FLOW.steps().forEach(s -> steps.put(s.id(), pending()));
        return steps;
    }

    private static StepView pending() {
        return new StepView(StepState.PENDING, null, null);
    }

    private static StepView done(String result) {
        return new StepView(StepState.SUCCEEDED, result, null);
    }
}
