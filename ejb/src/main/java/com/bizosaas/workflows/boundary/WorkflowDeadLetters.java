package com.bizosaas.workflows.boundary;

import com.bizosaas.agents.boundary.TaskDispatch;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.TextMessages;
import com.bizosaas.access.TenantContext;
import com.bizosaas.workflows.entity.RunState;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A run message the broker gave up on (after its bounded redeliveries) fails its run with the reason, instead of the
 * run staying RUNNING with nothing moving it. Takes only workflow-run messages from the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = TaskDispatch.KIND_PROPERTY + " = '" + WorkflowDispatch.KIND + "'")
})
public class WorkflowDeadLetters implements MessageListener {

    private static final Logger LOG = Logger.getLogger(WorkflowDeadLetters.class.getName());

    @Inject
    TenantContext context;

    @EJB
    WorkflowEngine engine;

    @Override
    public void onMessage(Message message) {
        WorkflowDispatch.RunMessage run;
        try {
            run = WorkflowDispatch.RunMessage.fromJson(TextMessages.body(message));
        } catch (RuntimeException unreadable) {
            LOG.log(Level.SEVERE, "unreadable workflow-run message in the dead-letter queue, dropped: " + message, unreadable);
            return;
        }
        context.enterAsPlatform(run.tenantId(), "workflow-run-dead-letter:" + run.runId(), null);
        engine.stop(run.runId(), RunState.FAILED, "gave up after the broker's redeliveries of its step message");
    }
}
