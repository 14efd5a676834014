package com.bizosaas.identity.boundary;

import com.bizosaas.messaging.Deliveries;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.tenancy.boundary.Offboarding;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Every node's own view of {@link AccessChanges} from the domain-events topic: a non-durable subscription per
 * node (one session, so one subscription), because each node must forget what it remembered, and a node that
 * was down remembers nothing.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DOMAIN_EVENTS_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = Destinations.EVENT_TYPE_PROPERTY
                + " in ('" + Tokens.REVOKED + "', '" + UserLifecycle.ACCESS_CHANGED + "', '" + Tenants.SUSPENDED + "', '"
                + Offboarding.OFFBOARDED + "', '" + SignInPolicies.CHANGED + "')")
})
public class AccessChangeListener implements MessageListener {

    @Inject
    Deliveries deliveries;

    @Inject
    AccessChanges changes;

    @Override
    public void onMessage(Message message) {
        changes.apply(deliveries.enter(message, DomainEvent.MESSAGES));
    }
}
