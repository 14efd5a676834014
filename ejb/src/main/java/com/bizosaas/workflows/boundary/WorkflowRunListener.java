package com.bizosaas.workflows.boundary;

import com.bizosaas.messaging.Deliveries;
import com.bizosaas.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes run messages from the WorkflowRuns queue and has the {@link WorkflowEngine} look at the run again, in the
 * message's transaction. The message's tenant becomes the transaction's before anything is read, so a message
 * naming another tenant's run finds nothing. A failure rolls the message back: the broker redelivers with back-off,
 * then {@link WorkflowDeadLetters} fails the run visibly.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.WORKFLOW_RUNS_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class WorkflowRunListener implements MessageListener {

    @Inject
    Deliveries deliveries;

    @EJB
    WorkflowEngine engine;

    @Override
    public void onMessage(Message message) {
        engine.advance(deliveries.enter(message, WorkflowDispatch.MESSAGES).runId());
    }
}
