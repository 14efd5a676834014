package com.bizosaas.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

/**
 * Publishes domain events on the domain-events topic. The injected {@link JMSContext} joins the
 * caller's JTA transaction: the event is sent when the transaction commits and never if it rolls back,
 * so an event always describes something that really happened.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.DOMAIN_EVENTS_TOPIC)
    Topic domainEvents;

    public void publish(DomainEvent event) {
        TextMessage message = jms.createTextMessage(event.toJson());
        try {
            message.setStringProperty(Destinations.EVENT_TYPE_PROPERTY, event.type());
            message.setJMSCorrelationID(event.id().toString());
        } catch (jakarta.jms.JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        jms.createProducer().send(domainEvents, message);
    }
}
