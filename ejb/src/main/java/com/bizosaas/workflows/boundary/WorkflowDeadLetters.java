package com.bizosaas.workflows.boundary;

import com.bizosaas.messaging.DeadLetters;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.workflows.entity.RunState;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * A run message the broker gave up on (after its bounded redeliveries) fails its run with the reason, instead of the
 * run staying RUNNING with nothing moving it. Takes only workflow-run messages from the dead-letter queue. Handled as
 * every dead letter is: {@link DeadLetters}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = Destinations.KIND_PROPERTY + " = '" + WorkflowDispatch.KIND + "'")
})
public class WorkflowDeadLetters implements MessageListener {

    @Inject
    DeadLetters deadLetters;

    @EJB
    WorkflowEngine engine;

    @Override
    public void onMessage(Message message) {
        deadLetters.giveUp(message, WorkflowDispatch.MESSAGES, run -> engine.stop(run.runId(), RunState.FAILED,
                "gave up after the broker's redeliveries of its step message"));
    }
}
