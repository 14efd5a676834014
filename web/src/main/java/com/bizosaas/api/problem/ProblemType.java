package com.bizosaas.api.problem;

/**
 * The stable problem types of the API. A client may switch on {@link #uri()}; titles are for people.
 * New types are added, existing ones never change meaning.
 */
public enum ProblemType {
    INVALID_REQUEST(400, "invalid-request", "The request has invalid fields"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body cannot be read"),
    BAD_REQUEST(400, "bad-request", "The request is not acceptable"),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
    TWO_STEP_REQUIRED(401, "two-step-required", "A code from the authenticator app is required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    GONE(410, "gone", "No longer available"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported content type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    BUDGET_EXHAUSTED(429, "budget-exhausted", "The model budget for this period is used up"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable");

    private static final String BASE = "/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    /** The type for an HTTP status that has no more specific type. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_REQUEST && type != MALFORMED_REQUEST && type != BUDGET_EXHAUSTED
                    && type != TWO_STEP_REQUIRED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
