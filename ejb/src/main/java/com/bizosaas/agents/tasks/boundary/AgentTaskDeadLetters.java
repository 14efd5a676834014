package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.messaging.DeadLetterListener;
import com.bizosaas.messaging.DeadLetters;
import com.bizosaas.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

/**
 * A task message the broker gave up on (after its bounded redeliveries) makes its task FAILED with the reason,
 * so the failure is visible instead of the task staying QUEUED or RUNNING forever. Takes only agent-task messages
 * from the dead-letter queue; others stay there for an operator. Handled as every dead letter is: {@link DeadLetters}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = TaskDispatch.DEAD_LETTERS)
})
public class AgentTaskDeadLetters extends DeadLetterListener<TaskDispatch.TaskMessage> {

    @EJB
    TaskExecution execution;

    public AgentTaskDeadLetters() {
        super(TaskDispatch.MESSAGES);
    }

    @Override
    protected void markFailed(TaskDispatch.TaskMessage task) {
        execution.fail(task.taskId(), "gave up after the broker's redeliveries");
    }
}
