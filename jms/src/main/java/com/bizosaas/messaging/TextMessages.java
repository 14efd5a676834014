package com.bizosaas.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/** The platform's messages are JSON text; anything else is a message no consumer can work on. */
public final class TextMessages {

    private TextMessages() {
    }

    /** The message's text; fails (and so rolls the delivery back toward the dead-letter queue) for any other kind. */
    public static String body(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("expected a text message, got " + message.getClass().getSimpleName());
        }
        try {
            return text.getText();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read message body", e);
        }
    }
}
