package com.bizosaas.messaging;

import com.bizosaas.access.TenantContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consumers' plumbing without a server: which tenant and name a delivery is worked on under, and what fails it. */
class DeliveriesTest {

    record Probe(UUID id, UUID tenantId) {

        static Probe parse(String text) {
            String[] parts = text.split(",");
            return new Probe(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
        }
    }

    static final MessageKind<Probe> PROBES = MessageKind.of("probe", Probe::parse, Probe::tenantId, Probe::id);

    private final UUID id = UUID.randomUUID();
    private final UUID tenant = UUID.randomUUID();
    private final TenantContext context = new TenantContext();
    private final Deliveries deliveries = new Deliveries();
    private final DeadLetters deadLetters = new DeadLetters();
    private final List<Probe> marked = new ArrayList<>();

    DeliveriesTest() {
        deliveries.context = context;
        deadLetters.deliveries = deliveries;
    }

    @Test
    void aDeliveryIsWorkedOnForTheTenantItNamesUnderTheMessagesName() {
        Probe probe = deliveries.enter(text(id + "," + tenant), PROBES);

        assertThat(probe).isEqualTo(new Probe(id, tenant));
        assertThat(context.tenant()).contains(tenant);
        assertThat(context.actor()).isEqualTo("probe:" + id);
        assertThat(context.isAuthenticated()).isFalse();
    }

    @Test
    void aDomainEventIsWorkedOnUnderItsType() {
        DomainEvent event = DomainEvent.of("tenant.reactivated", tenant, Json.createObjectBuilder().build());

        assertThat(deliveries.enter(text(event.toJson()), DomainEvent.MESSAGES)).isEqualTo(event);
        assertThat(context.tenant()).contains(tenant);
        assertThat(context.actor()).isEqualTo("event:tenant.reactivated");
    }

    @Test
    void aPlatformWideDomainEventEntersNoTenant() {
        DomainEvent event = DomainEvent.of("platform.announcement.published", null, Json.createObjectBuilder().build());

        deliveries.enter(text(event.toJson()), DomainEvent.MESSAGES);

        assertThat(context.tenant()).isEmpty();
    }

    @Test
    void aDeliveryThatCannotBeReadFailsSoTheBrokerRedeliversItAndNoTenantIsEntered() {
        assertThatThrownBy(() -> deliveries.enter(text("not a probe"), PROBES)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> deliveries.enter(notText(), PROBES)).isInstanceOf(IllegalArgumentException.class);
        assertThat(context.tenant()).isEmpty();
    }

    @Test
    void aDeadLetterIsMarkedFailedForItsTenantUnderTheDeadLetterName() {
        deadLetters.giveUp(text(id + "," + tenant), PROBES, marked::add);

        assertThat(marked).containsExactly(new Probe(id, tenant));
        assertThat(context.tenant()).contains(tenant);
        assertThat(context.actor()).isEqualTo("probe-dead-letter:" + id);
    }

    @Test
    void anUnreadableDeadLetterIsDroppedWithNothingMarked() {
        deadLetters.giveUp(text("not a probe"), PROBES, marked::add);
        deadLetters.giveUp(notText(), PROBES, marked::add);

        assertThat(marked).isEmpty();
        assertThat(context.tenant()).isEmpty();
    }

    @Test
    void aFailureWhileMarkingADeadLetterFailsTheDeliverySoItIsRetried() {
        assertThatThrownBy(() -> deadLetters.giveUp(text(id + "," + tenant), PROBES, p -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
    }

    private static Message text(String body) {
        return (Message) Proxy.newProxyInstance(DeliveriesTest.class.getClassLoader(), new Class<?>[] {TextMessage.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getText" -> body;
                    case "getStringProperty" -> "probe";
                    case "toString" -> "TextMessage[" + body + "]";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Message notText() {
        return (Message) Proxy.newProxyInstance(DeliveriesTest.class.getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "BytesMessage";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
