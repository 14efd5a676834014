package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.messaging.DeadLetters;
import com.bizosaas.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * A task message the broker gave up on (after its bounded redeliveries) makes its task FAILED with the reason,
 * so the failure is visible instead of the task staying QUEUED or RUNNING forever. Takes only agent-task messages
 * from the dead-letter queue; others stay there for an operator. Handled as every dead letter is: {@link DeadLetters}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = Destinations.KIND_PROPERTY + " = '" + TaskDispatch.KIND + "'")
})
public class AgentTaskDeadLetters implements MessageListener {

    @Inject
    DeadLetters deadLetters;

    @EJB
    TaskExecution execution;

    @Override
    public void onMessage(Message message) {
        deadLetters.giveUp(message, TaskDispatch.MESSAGES,
                task -> execution.fail(task.taskId(), "gave up after the broker's redeliveries"));
    }
}
