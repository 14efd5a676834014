package com.bizosaas.workflows.boundary;

import com.bizosaas.agents.tasks.boundary.TaskEnded;
import com.bizosaas.json.Jsonp;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.MessageKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.UUID;

/**
 * The message that has a run looked at again — {@code {"runId", "tenantId"}} on the WorkflowRuns queue — sent in the
 * transaction that changed something the run waits on (it started, a step's task ended, a gate was decided, an event
 * arrived), so the change and the message commit together: a run never misses the step that ended, and never
 * moves on one that did not.
 */
@ApplicationScoped
public class WorkflowDispatch {

    /** Marks workflow-run messages ({@link Destinations#KIND_PROPERTY}), so {@link WorkflowDeadLetters} takes only those. */
    public static final String KIND = "workflow-run";

    /** Workflow-run messages as their consumers read them: the platform works on one as "workflow-run:&lt;runId&gt;". */
    public static final MessageKind<RunMessage> MESSAGES =
            MessageKind.of(KIND, RunMessage::fromJson, RunMessage::tenantId, RunMessage::runId);

    /** What a run message carries. */
    public record RunMessage(UUID runId, UUID tenantId) {

        static RunMessage fromJson(String text) {
            JsonObject json = Jsonp.createReader(new StringReader(text)).readObject();
            return new RunMessage(UUID.fromString(json.getString("runId")), UUID.fromString(json.getString("tenantId")));
        }

        String toJson() {
            return Jsonp.createObjectBuilder().add("runId", runId.toString()).add("tenantId", tenantId.toString())
                    .build().toString();
        }
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.WORKFLOW_RUNS_QUEUE)
    Queue workflowRuns;

    public void advance(UUID runId, UUID tenantId) {
        TextMessage message = jms.createTextMessage(new RunMessage(runId, tenantId).toJson());
        try {
            message.setStringProperty(Destinations.KIND_PROPERTY, KIND);
            message.setJMSCorrelationID(runId.toString());
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        jms.createProducer().send(workflowRuns, message);
    }

    /** A task a run's step gave an agent ended: the run moves on once that ending commits. */
    void taskEnded(@Observes TaskEnded ended) {
        if (ended.workflowRunId() != null) {
            advance(ended.workflowRunId(), ended.tenantId());
        }
    }
}
