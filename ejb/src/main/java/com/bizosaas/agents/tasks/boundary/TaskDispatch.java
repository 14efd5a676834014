package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.MessageKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

import java.io.StringReader;
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

    /** Agent-task messages as their consumers read them: the platform works on one as "agent-task:&lt;taskId&gt;". */
    public static final MessageKind<TaskMessage> MESSAGES =
            MessageKind.of(KIND, TaskMessage::fromJson, TaskMessage::tenantId, TaskMessage::taskId);

    /** What a task message carries. */
    public record TaskMessage(UUID taskId, UUID tenantId) {

        static TaskMessage fromJson(String text) {
            JsonObject json = Jsonp.createReader(new StringReader(text)).readObject();
            return new TaskMessage(UUID.fromString(json.getString("taskId")), UUID.fromString(json.getString("tenantId")));
        }

        String toJson() {
            return Jsonp.createObjectBuilder().add("taskId", taskId.toString()).add("tenantId", tenantId.toString()).build().toString();
        }
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.AGENT_TASKS_QUEUE)
    Queue agentTasks;

    public void dispatch(TaskMessage task) {
        TextMessage message = jms.createTextMessage(task.toJson());
        try {
            message.setStringProperty(Destinations.KIND_PROPERTY, KIND);
            message.setJMSCorrelationID(task.taskId().toString());
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        jms.createProducer().send(agentTasks, message);
    }
}
