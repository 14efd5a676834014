package com.bizosaas.messaging;

/**
 * JNDI names of the platform's destinations, as {@code wildfly-config/configure.cli} creates them.
 * Redelivery and dead-lettering are configured there too (bounded attempts with back-off, then the DLQ).
 */
public final class Destinations {

    /** Background agent work; one message per task. */
    public static final String AGENT_TASKS_QUEUE = "java:/jms/queue/bizosaas/AgentTasks";

    /** Workflow runs moving forward; one message per "look at this run again" (a step ended, a decision, an event). */
    public static final String WORKFLOW_RUNS_QUEUE = "java:/jms/queue/bizosaas/WorkflowRuns";

    /** Where a message lands after its last failed delivery attempt. */
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/bizosaas/DeadLetters";

    /** Domain events ({@link DomainEvent}) for every interested consumer. */
    public static final String DOMAIN_EVENTS_TOPIC = "java:/jms/topic/bizosaas/DomainEvents";

    /** Message property carrying the event type, so consumers can select what they care about. */
    public static final String EVENT_TYPE_PROPERTY = "eventType";

    /**
     * Message property naming what a queue message is ({@link TenantMessage#kind()}: "agent-task", "workflow-run"), so
     * that each domain's dead-letter consumer selects its own messages from the one dead-letter queue and leaves the
     * others there. Each domain names its own kind; the property is the platform's.
     */
    public static final String KIND_PROPERTY = "bizosaasKind";

    private Destinations() {
    }
}
