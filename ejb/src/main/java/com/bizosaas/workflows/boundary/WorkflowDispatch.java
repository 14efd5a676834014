package com.bizosaas.workflows.boundary;

import com.bizosaas.agents.tasks.boundary.TaskEnded;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.MessageKind;
import com.bizosaas.messaging.QueueSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.Queue;

import java.util.UUID;

/**
 * The message that has a run looked at again — {@code {"runId", "tenantId"}} on the WorkflowRuns queue — sent in the
 * transaction that changed something the run waits on (it started, a step's task ended, a gate was decided, an event
 * arrived), so the change and the message commit together: a run never misses the step that ended, and never
 * moves on one that did not.
 */
@ApplicationScoped
public class WorkflowDispatch {

    /** Marks workflow-run messages ({@link Destinations#KIND_PROPERTY}), so {@link WorkflowDeadLetters} takes only those. */
    public static final String KIND = "workflow-run";

    /** Selects this kind's messages on the dead-letter queue. */
    public static final String DEAD_LETTERS = Destinations.KIND_PROPERTY + " = '" + KIND + "'";

    /** Workflow-run messages as their consumers read them: the platform works on one as "workflow-run:&lt;runId&gt;". */
    public static final MessageKind<RunMessage> MESSAGES =
            MessageKind.ofIdAndTenant(KIND, "runId", RunMessage::new, RunMessage::runId, RunMessage::tenantId);

    /** What a run message carries. */
    public record RunMessage(UUID runId, UUID tenantId) {
    }

    @Inject
    QueueSender sender;

    @Resource(lookup = Destinations.WORKFLOW_RUNS_QUEUE)
    Queue workflowRuns;

    public void advance(UUID runId, UUID tenantId) {
        sender.send(workflowRuns, MESSAGES, new RunMessage(runId, tenantId));
    }

    /** A task a run's step gave an agent ended: the run moves on once that ending commits. */
    void taskEnded(@Observes TaskEnded ended) {
        if (ended.workflowRunId() != null) {
            advance(ended.workflowRunId(), ended.tenantId());
        }
    }
}
