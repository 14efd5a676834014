package com.bizosaas.workflows.api;

import com.bizosaas.agents.entity.AgentTask;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A run and its steps. A task step carries its task ({@code taskId}, {@code taskState}: a task may itself wait for
 * approval); an event step the type it waits for and until when ({@code dueAt}); every step its result and, when it did not simply succeed,
 * {@code detail} saying why.
 */
public record RunJson(UUID id, UUID workflowId, String workflowName, String state, String input, String outcome,
                      String startedBy, Instant startedAt, Instant finishedAt, List<StepJson> steps) {

    /** One step of a run. */
    public record StepJson(String id, String type, String state, UUID taskId, String taskState, String eventType,
                           Instant dueAt, String result, String detail, String decidedBy, Instant startedAt,
                           Instant finishedAt) {
    }

    static RunJson of(WorkflowRun run, List<WorkflowStep> steps, Map<UUID, AgentTask> tasks) {
        return new RunJson(run.getId(), run.getWorkflowId(), run.getWorkflowName(), run.getState().name(), run.getInput(),
                run.getOutcome(), run.getStartedBy(), run.getStartedAt(), run.getFinishedAt(), steps.stream().map(s -> {
                    AgentTask task = s.getTaskId() == null ? null : tasks.get(s.getTaskId());
                    return new StepJson(s.getKey(), s.getType().name().toLowerCase(Locale.ROOT), s.getState().name(),
                            s.getTaskId(), task == null ? null : task.getState().name(), s.getEventType(), s.getDueAt(), s.getResult(),
                            s.getDetail(), s.getDecidedBy(), s.getStartedAt(), s.getFinishedAt());
                }).toList());
    }

    /** A run in a list: without its steps. */
    static RunJson summary(WorkflowRun run) {
        return new RunJson(run.getId(), run.getWorkflowId(), run.getWorkflowName(), run.getState().name(), run.getInput(),
                run.getOutcome(), run.getStartedBy(), run.getStartedAt(), run.getFinishedAt(), null);
    }
}
