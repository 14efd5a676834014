package com.bizosaas.workflows.boundary;

import com.bizosaas.access.Allowed;
import com.bizosaas.access.RoleSet;
import com.bizosaas.audit.boundary.AuditTrail;
import com.bizosaas.errors.Refusal;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The events a tenant signals to its runs (A6): managers and administrators name an event type, and the steps
 * waiting for it go on. Domain events do the same through {@link WorkflowEventListener}, straight to the engine.
 */
@Stateless
public class WorkflowSignals {

    public static final String SIGNALLED = "workflow.event.signalled";
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    @EJB
    WorkflowEngine engine;

    @EJB
    AuditTrail audit;

    /**
     * Signals an event of {@code type} for the tenant (managers, administrators): the steps of its runs waiting for
     * that type are released with {@code payload} as their result. Not published as a domain event — a tenant
     * cannot speak for the platform. Returns how many steps were released; audited.
     */
    @Allowed(RoleSet.OPERATORS)
    public int signal(@NotBlank(message = "type is required") String type, JsonObject payload) {
        if (!EVENT_TYPE.matcher(type).matches() || type.length() > 100) {
            throw Refusal.invalid("type", "an event type is dotted lower-case words such as payment.received, at most"
                    + " 100 characters: " + type);
        }
        if (payload != null && payload.toString().length() > 10_000) {
            throw Refusal.invalid("payload", "an event's payload is at most 10000 characters of JSON");
        }
        int released = engine.eventArrived(type, payload, Instant.now());
        audit.record(SIGNALLED, "workflow-event:" + type, null, released + " waiting steps released"
                + (payload == null ? "" : "; payload: " + payload));
        return released;
    }
}
