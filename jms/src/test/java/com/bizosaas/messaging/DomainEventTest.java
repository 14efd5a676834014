package com.bizosaas.messaging;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainEventTest {

    @Test
    void envelopeSurvivesTheRoundTrip() {
        UUID tenant = UUID.randomUUID();
        DomainEvent event = DomainEvent.of("tenant.created", tenant, Json.createObjectBuilder().add("name", "CorelDove").build());

        DomainEvent read = DomainEvent.fromJson(event.toJson());

        assertThat(read).isEqualTo(event);
        assertThat(read.payload().getString("name")).isEqualTo("CorelDove");
    }

    @Test
    void platformWideEventHasNoTenant() {
        DomainEvent event = DomainEvent.of("platform.announcement.published", null, Json.createObjectBuilder().build());

        assertThat(DomainEvent.fromJson(event.toJson()).tenantId()).isNull();
    }

    @Test
    void malformedEnvelopeIsRefusedAsPoison() {
        assertThatThrownBy(() -> DomainEvent.fromJson("{\"id\":\"not-a-uuid\"}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> DomainEvent.fromJson("not json"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> DomainEvent.fromJson("{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"x\",\"version\":0,"
                + "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"payload\":{}}"))
                .isInstanceOf(MalformedEventException.class);
    }
}
