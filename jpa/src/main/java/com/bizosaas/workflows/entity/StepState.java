package com.bizosaas.workflows.entity;

/**
 * Where a step of a run is. PENDING until its prerequisites are done; then working or waiting; then one of the final
 * states. SKIPPED: a condition before it was false (or a step before it was skipped).
 */
public enum StepState {
    PENDING, RUNNING, AWAITING_APPROVAL, AWAITING_EVENT, SUCCEEDED, SKIPPED, FAILED, REJECTED, CANCELLED;

    public boolean isFinal() {
        return ordinal() >= SUCCEEDED.ordinal();
    }

    /** Final and letting the steps after it go on (a skipped step lets them be skipped in turn). */
    public boolean isDone() {
        return this == SUCCEEDED || this == SKIPPED;
    }
}
