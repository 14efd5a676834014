package com.bizosaas.workflows.boundary;

import com.bizosaas.messaging.Deliveries;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.logging.Logger;

/**
 * Domain events release the workflow steps of their tenant that wait for their type — a run can wait for
 * {@code agent.alert.resolved}, another run's {@code workflow.run.succeeded}, or any event a tenant signals through
 * {@link WorkflowSignals#signal}. A durable shared subscription: an event published while the server is down still
 * releases its steps after the restart; each event once (the inbox remembers it in the same transaction), and only
 * for the steps already waiting when it arrives. Platform-wide events (no tenant) concern no run.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DOMAIN_EVENTS_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "workflow-events"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "bizosaas-workflows")
})
public class WorkflowEventListener implements MessageListener {

    static final String CONSUMER = "workflow.events";
    private static final Logger LOG = Logger.getLogger(WorkflowEventListener.class.getName());

    @Inject
    Deliveries deliveries;

    @EJB
    WorkflowEngine engine;

    @Inject
    Inbox inbox;

    @Override
    public void onMessage(Message message) {
        DomainEvent event;
        try {
            event = deliveries.enter(message, DomainEvent.MESSAGES);
        } catch (RuntimeException unreadable) {
            // retrying cannot make it readable; the platform journal's copy of it goes to the dead-letter queue
            LOG.warning(() -> "an unreadable domain event is no event any workflow waits for: " + unreadable.getMessage());
            return;
        }
        if (event.tenantId() == null) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return; // a redelivery: its steps were released the first time
        }
        int released = engine.eventArrived(event.type(), event.payload(), event.occurredAt());
        if (released > 0) {
            LOG.fine(() -> event.type() + " released " + released + " waiting workflow steps of tenant " + event.tenantId());
        }
    }
}
