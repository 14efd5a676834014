package com.bizosaas.workflows.entity;

/** What a step of a workflow does. */
public enum StepType {
    /** Gives an agent a task and waits for it to end. */
    TASK,
    /** Waits for a manager's or administrator's decision. */
    APPROVAL,
    /** Decides from an earlier step's result whether the steps after it run. */
    CONDITION,
    /** Waits for a domain event of a type (or one the tenant signals). */
    EVENT
}
