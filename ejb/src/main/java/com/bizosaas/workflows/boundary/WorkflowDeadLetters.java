package com.bizosaas.workflows.boundary;

import com.bizosaas.messaging.DeadLetterListener;
import com.bizosaas.messaging.DeadLetters;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.workflows.entity.RunState;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

/**
 * A run message the broker gave up on (after its bounded redeliveries) fails its run with the reason, instead of the
 * run staying RUNNING with nothing moving it. Takes only workflow-run messages from the dead-letter queue. Handled as
 * every dead letter is: {@link DeadLetters}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = WorkflowDispatch.DEAD_LETTERS)
})
public class WorkflowDeadLetters extends DeadLetterListener<WorkflowDispatch.RunMessage> {

    @EJB
    WorkflowEngine engine;

    public WorkflowDeadLetters() {
        super(WorkflowDispatch.MESSAGES);
    }

    @Override
    protected void markFailed(WorkflowDispatch.RunMessage run) {
        engine.stop(run.runId(), RunState.FAILED, "gave up after the broker's redeliveries of its step message");
    }
}
