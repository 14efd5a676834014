package com.bizosaas.platform.boundary;

import com.bizosaas.messaging.Deliveries;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.DomainEvent;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.logging.Logger;

/**
 * Feeds the platform journal from the domain-events topic through a durable, shared subscription, so
 * events published while the server is down are delivered after it restarts and every cluster node
 * shares one subscription. Any failure propagates: the transaction rolls back, the broker redelivers with
 * back-off, and a message that keeps failing ends in the dead-letter queue instead of being dropped.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DOMAIN_EVENTS_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "platform-journal"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "bizosaas-platform")
})
public class DomainEventListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DomainEventListener.class.getName());

    @Inject
    DomainEventJournal journal;

    @Inject
    Deliveries deliveries;

    @Override
    public void onMessage(Message message) {
        // The convention for every consumer: the message's tenant becomes the transaction's tenant before any
        // data is touched (the journal itself is platform-wide; tenant-owned writes would be confined by RLS).
        DomainEvent event = deliveries.enter(message, DomainEvent.MESSAGES);
        if (!journal.record(event)) {
            LOG.fine(() -> "ignored redelivery of event " + event.id());
        }
    }
}
