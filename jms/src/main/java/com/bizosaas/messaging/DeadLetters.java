package com.bizosaas.messaging;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.Message;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every dead-letter consumer does with a message the broker gave up on after its bounded redeliveries: makes the
 * failure visible (its domain marks the task or run FAILED) instead of leaving it QUEUED or RUNNING forever. Each
 * domain has its own message-driven bean on the one dead-letter queue, selecting its own kind of message with
 * {@link Destinations#KIND_PROPERTY} and leaving every other message there for an operator, and hands each delivery
 * to {@link #giveUp}.
 */
@Dependent
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

    @Inject
    Deliveries deliveries;

    /**
     * Enters the tenant the message names (the platform acting as {@code kind-dead-letter:subject}) and calls
     * {@code markFailed}; a failure there rolls back and is redelivered like any consumer's. A message that cannot be
     * read names nothing to mark, and retrying cannot make it readable: it is logged, with the message as evidence,
     * and dropped.
     */
    public <M> void giveUp(Message message, MessageKind<M> kind, Consumer<M> markFailed) {
        M content;
        try {
            content = kind.read(message);
        } catch (RuntimeException unreadable) {
            LOG.log(Level.SEVERE, "unreadable " + kind.name() + " message in the dead-letter queue, dropped: " + message,
                    unreadable);
            return;
        }
        markFailed.accept(deliveries.enter(kind, content, "-dead-letter"));
    }
}
