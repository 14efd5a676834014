package com.bizosaas.messaging;

import com.bizosaas.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every domain event travels in: {@code {id, type, version, tenantId, occurredAt, payload}}.
 * The id is the idempotency key consumers remember; {@code version} lets a consumer refuse a payload shape
 * it does not know instead of misreading it. {@code tenantId} is null for platform-wide events.
 */
public record DomainEvent(UUID id, String type, int version, UUID tenantId, Instant occurredAt, JsonObject payload) {

    /** Domain events as their consumers read them: a consumer works on one as "event:&lt;type&gt;". */
    public static final MessageKind<DomainEvent> MESSAGES =
            MessageKind.of("event", DomainEvent::fromJson, DomainEvent::tenantId, DomainEvent::type);

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /** A new event with a fresh id, occurring now. */
    public static DomainEvent of(String type, UUID tenantId, JsonObject payload) {
        return new DomainEvent(UUID.randomUUID(), type, 1, tenantId, Instant.now(), payload);
    }

    public String toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("id", id.toString())
                .add("type", type)
                .add("version", version)
                .add("occurredAt", occurredAt.toString())
                .add("payload", payload);
        if (tenantId == null) {
            json.addNull("tenantId");
        } else {
            json.add("tenantId", tenantId.toString());
        }
        return json.build().toString();
    }

    /**
     * Reads an envelope. A malformed one is a poison message: it throws {@link MalformedEventException},
     * the consumer's transaction rolls back, and after the bounded redeliveries it lands in the DLQ.
     */
    public static DomainEvent fromJson(String text) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(Objects.requireNonNull(text, "text")))) {
            JsonObject json = reader.readObject();
            JsonValue tenant = json.get("tenantId");
            return new DomainEvent(
                    UUID.fromString(json.getString("id")),
                    json.getString("type"),
                    json.getInt("version"),
                    tenant == null || tenant.getValueType() == JsonValue.ValueType.NULL
                            ? null : UUID.fromString(json.getString("tenantId")),
                    Instant.parse(json.getString("occurredAt")),
                    json.getJsonObject("payload"));
        } catch (JsonParsingException | ClassCastException | NullPointerException
                 | IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("not a domain event envelope: " + e.getMessage(), e);
        }
    }
}
