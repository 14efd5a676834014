package com.bizosaas.api.problem;

/**
 * A query parameter the client got wrong. JAX-RS answers a query parameter it cannot convert with a bare
 * 404; resources that want the client to learn which parameter and why throw this instead (400, named).
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The constant of {@code type} named {@code value}; null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E enumParameter(String parameter, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new InvalidParameterException(parameter, "must be one of " + String.join(", ", allowed));
        }
    }
}
