package com.bizosaas.agents.entity;

/** Where a task is in its life. The last three are final. */
public enum TaskState {
    QUEUED, RUNNING, AWAITING_APPROVAL, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
