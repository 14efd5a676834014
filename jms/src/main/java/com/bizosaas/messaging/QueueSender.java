package com.bizosaas.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * Sends a domain's queue message in the caller's JTA transaction — the change and its message commit together or not
 * at all — tagged with its kind ({@link Destinations#KIND_PROPERTY}, so that the domain's dead-letter consumer finds
 * it) and correlated with what it is about.
 */
@ApplicationScoped
public class QueueSender {

    @Inject
    JMSContext jms;

    public <M> void send(Queue queue, MessageKind<M> kind, M content) {
        TextMessage message = jms.createTextMessage(kind.write(content));
        try {
            message.setStringProperty(Destinations.KIND_PROPERTY, kind.name());
            message.setJMSCorrelationID(kind.subjectOf(content));
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        jms.createProducer().send(queue, message);
    }
}
