package com.bizosaas.errors;

import jakarta.ejb.ApplicationException;

/**
 * A request the platform refuses for a reason the caller can act on. An application exception that rolls
 * the transaction back, so a refused request leaves nothing half-written; the API answers each kind with
 * its own problem type and status.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    /** Why the request is refused. */
    public enum Kind {
        /** Another resource already has this value (a duplicate name, slug or email). */
        CONFLICT,
        /** A field's value is not acceptable for a reason Bean Validation cannot see (a weak password). */
        INVALID,
        /** The caller is authenticated but may not do this. */
        FORBIDDEN,
        /** No valid credentials: missing, wrong, expired or revoked, a locked account or a suspended tenant. */
        UNAUTHENTICATED,
        /** The password was right; the code from the user's authenticator app (two-step sign-in) is still needed. */
        SECOND_STEP,
        /** It existed but can no longer be used (an expired invitation). */
        GONE,
        /** No such thing, or none the caller may see (another tenant's id reads as absent). */
        NOT_FOUND,
        /** The tenant's model budget for the period is used up; it comes back when the period turns. */
        OVER_BUDGET,
        /** Too much at once (the tenant's calls in flight): it comes back in a moment. */
        TOO_MANY
    }

    private final Kind kind;
    private final String field;
    private final long retryAfterSeconds;

    private Refusal(Kind kind, String field, String message) {
        this(kind, field, message, 0);
    }

    private Refusal(Kind kind, String field, String message, long retryAfterSeconds) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Refusal conflict(String field, String message) {
        return new Refusal(Kind.CONFLICT, field, message);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, null, message);
    }

    public static Refusal unauthenticated(String message) {
        return new Refusal(Kind.UNAUTHENTICATED, null, message);
    }

    public static Refusal secondStep(String message) {
        return new Refusal(Kind.SECOND_STEP, null, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public static Refusal gone(String message) {
        return new Refusal(Kind.GONE, null, message);
    }

    public static Refusal overBudget(String message, long retryAfterSeconds) {
        return new Refusal(Kind.OVER_BUDGET, null, message, retryAfterSeconds);
    }

    public static Refusal tooMany(String message, long retryAfterSeconds) {
        return new Refusal(Kind.TOO_MANY, null, message, retryAfterSeconds);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field this refusal is about, or null. */
    public String field() {
        return field;
    }

    /** For {@link Kind#OVER_BUDGET}: seconds until the period turns; otherwise 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
