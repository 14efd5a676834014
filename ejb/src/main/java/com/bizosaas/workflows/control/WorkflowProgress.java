package com.bizosaas.workflows.control;

import com.bizosaas.workflows.entity.RunState;
import com.bizosaas.workflows.entity.StepState;
import com.bizosaas.workflows.entity.StepType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What comes next in a run, from its definition and the state of its steps: which waiting steps are skipped (a
 * condition before them was false, or a step before them was skipped), which conditions are decided, which steps
 * start (every prerequisite succeeded — steps that become ready together run in parallel), and whether the run has
 * ended. Plain logic: the engine applies the decisions in order, under the run's lock.
 */
public final class WorkflowProgress {

    /** A condition's result when it held; anything else means it did not. */
    public static final String HELD = "true";

    /** A step as far as the run has got with it. */
    public record StepView(StepState state, String result, String detail) {
    }

    /** Something to do to one step. */
    public sealed interface Decision {
        String step();
    }

    /** Skip a step that will not run. */
    public record Skip(String step, String why) implements Decision {
    }

    /** A condition's verdict: {@code holds} or not, and what was checked. */
    public record Decide(String step, boolean holds, String why) implements Decision {
    }

    /** Start a task, approval or event step whose prerequisites all succeeded. */
    public record Start(String step) implements Decision {
    }

    /** How the run ended, and why when it did not succeed. */
    public record End(RunState state, String why) {
    }

    /** The decisions in the order to apply them, and the run's end once they are applied (null: still under way). */
    public record Next(List<Decision> decisions, End end) {
    }

    private WorkflowProgress() {
    }

    public static Next next(WorkflowDefinition definition, Map<String, StepView> current) {
        Map<String, StepView> steps = new LinkedHashMap<>(current);
        List<Decision> decisions = new ArrayList<>();
        End end = endOf(definition, steps);
        boolean moved = end == null;
        while (moved) {
            moved = false;
            for (WorkflowDefinition.Step step : definition.steps()) {
                if (steps.get(step.id()).state() != StepState.PENDING) {
                    continue;
                }
                Decision decision = decide(definition, step, steps);
                if (decision == null) {
                    continue;
                }
                decisions.add(decision);
                steps.put(step.id(), afterwards(decision));
                moved = true;
            }
        }
        return new Next(decisions, end == null ? endOf(definition, steps) : end);
    }

    private static StepView afterwards(Decision decision) {
        if (decision instanceof Skip skip) {
            return new StepView(StepState.SKIPPED, null, skip.why());
        }
        if (decision instanceof Decide verdict) {
            return new StepView(StepState.SUCCEEDED, verdict.holds() ? HELD : "false", verdict.why());
        }
        return new StepView(StepState.RUNNING, null, null);
    }

    private static Decision decide(WorkflowDefinition definition, WorkflowDefinition.Step step,
                                   Map<String, StepView> steps) {
        for (String before : step.after()) {
            StepView prerequisite = steps.get(before);
            if (prerequisite.state() == StepState.SKIPPED) {
                return new Skip(step.id(), before + " was skipped");
            }
            if (prerequisite.state() == StepState.SUCCEEDED && definition.step(before).type() == StepType.CONDITION
                    && !HELD.equals(prerequisite.result())) {
                return new Skip(step.id(), "condition " + before + " did not hold");
            }
            if (prerequisite.state() != StepState.SUCCEEDED) {
                return null;
            }
        }
        if (step.type() == StepType.CONDITION) {
            WorkflowDefinition.Condition condition = step.condition();
            boolean holds = condition.holds(steps.get(condition.step()).result());
            return new Decide(step.id(), holds, condition.describe() + (holds ? ": it does" : ": it does not"));
        }
        return new Start(step.id());
    }

    /** The run's end from its steps: a failure fails it, a rejection or cancellation cancels it, all done succeeds. */
    private static End endOf(WorkflowDefinition definition, Map<String, StepView> steps) {
        boolean allDone = true;
        for (WorkflowDefinition.Step step : definition.steps()) {
            StepView view = steps.get(step.id());
            switch (view.state()) {
                case FAILED -> {
                    return new End(RunState.FAILED, "step " + step.id() + " failed" + because(view));
                }
                case REJECTED -> {
                    return new End(RunState.CANCELLED, "step " + step.id() + " was rejected" + because(view));
                }
                case CANCELLED -> {
                    return new End(RunState.CANCELLED, "step " + step.id() + " was cancelled" + because(view));
                }
                default -> allDone &= view.state().isDone();
            }
        }
        return allDone ? new End(RunState.SUCCEEDED, null) : null;
    }

    private static String because(StepView view) {
        return view.detail() == null ? "" : ": " + view.detail();
    }
}
