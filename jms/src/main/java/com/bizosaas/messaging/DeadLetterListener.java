package com.bizosaas.messaging;

import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * The one shape of a dead-letter consumer: a domain's message-driven bean extends it, names its {@link MessageKind}
 * and says how to mark what the message was about as failed; {@link DeadLetters} does the rest. The bean keeps its
 * own {@code @MessageDriven} declaration — the dead-letter queue and a selector on its kind's
 * {@link Destinations#KIND_PROPERTY} — since the container reads those from the concrete class.
 */
public abstract class DeadLetterListener<M> implements MessageListener {

    @Inject
    DeadLetters deadLetters;

    private final MessageKind<M> kind;

    protected DeadLetterListener(MessageKind<M> kind) {
        this.kind = kind;
    }

    @Override
    public void onMessage(Message message) {
        deadLetters.giveUp(message, kind, this::markFailed);
    }

    /** Makes the failure visible: the task or run the message was about ends FAILED. Runs under its tenant. */
    protected abstract void markFailed(M content);
}
