package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.MessageKind;
import com.bizosaas.messaging.QueueSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Queue;

import java.util.UUID;

/**
 * The message that has a task worked on: {@code {"taskId", "tenantId"}} on the AgentTasks queue, sent in the
 * caller's JTA transaction — the task row and its message are committed together or not at all, so an accepted
 * task is never lost and a refused one never runs.
 */
@ApplicationScoped
public class TaskDispatch {

    /** Marks agent-task messages ({@link Destinations#KIND_PROPERTY}), so {@link AgentTaskDeadLetters} takes only those. */
    public static final String KIND = "agent-task";

    /** Selects this kind's messages on the dead-letter queue. */
    public static final String DEAD_LETTERS = Destinations.KIND_PROPERTY + " = '" + KIND + "'";

    /** Agent-task messages as their consumers read them: the platform works on one as "agent-task:&lt;taskId&gt;". */
    public static final MessageKind<TaskMessage> MESSAGES =
            MessageKind.ofIdAndTenant(KIND, "taskId", TaskMessage::new, TaskMessage::taskId, TaskMessage::tenantId);

    /** What a task message carries. */
    public record TaskMessage(UUID taskId, UUID tenantId) {
    }

    @Inject
    QueueSender sender;

    @Resource(lookup = Destinations.AGENT_TASKS_QUEUE)
    Queue agentTasks;

    public void dispatch(TaskMessage task) {
        sender.send(agentTasks, MESSAGES, task);
    }
}
