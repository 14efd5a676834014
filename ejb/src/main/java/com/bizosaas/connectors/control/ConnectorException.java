package com.bizosaas.connectors.control;

import jakarta.ejb.ApplicationException;

/**
 * An integration answered with an error (its status and its own message) or could not be reached. The message
 * never contains the credential. An application exception: it reaches the caller of {@code Connectors} as it is,
 * for the task to report, instead of as a container failure that would retry the task.
 */
@ApplicationException
public class ConnectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ConnectorException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the integration answered with; 0 when it was not reached. */
    public int status() {
        return status;
    }
}
