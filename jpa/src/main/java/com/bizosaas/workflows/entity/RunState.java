package com.bizosaas.workflows.entity;

/** Where a workflow run is: under way (some step working or waiting) or ended. */
public enum RunState {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this != RUNNING;
    }
}
