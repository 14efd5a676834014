package com.bizosaas.agents.boundary;

import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.TextMessages;
import com.bizosaas.access.TenantContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A task message the broker gave up on (after its bounded redeliveries) makes its task FAILED with the reason,
 * so the failure is visible instead of the task staying QUEUED or RUNNING forever. Takes only agent-task messages
 * from the dead-letter queue; others stay there for an operator.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = TaskDispatch.KIND_PROPERTY + " = '" + TaskDispatch.KIND + "'")
})
public class AgentTaskDeadLetters implements MessageListener {

    private static final Logger LOG = Logger.getLogger(AgentTaskDeadLetters.class.getName());

    @Inject
    TenantContext context;

    @EJB
    TaskExecution execution;

    @Override
    public void onMessage(Message message) {
        TaskDispatch.TaskMessage task;
        try {
            task = TaskDispatch.TaskMessage.fromJson(TextMessages.body(message));
        } catch (RuntimeException unreadable) {
            // not a task we can name: nothing to mark, and retrying cannot make it readable; keep the evidence
            LOG.log(Level.SEVERE, "unreadable agent-task message in the dead-letter queue, dropped: " + message, unreadable);
            return;
        }
        context.enterAsPlatform(task.tenantId(), "agent-task-dead-letter:" + task.taskId(), null);
        execution.fail(task.taskId(), "gave up after the broker's redeliveries");
    }
}
