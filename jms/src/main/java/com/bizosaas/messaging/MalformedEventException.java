package com.bizosaas.messaging;

/** A message on a domain-event destination that is not a valid envelope. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
