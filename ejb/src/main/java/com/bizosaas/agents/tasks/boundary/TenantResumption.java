package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.messaging.Deliveries;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.tenancy.boundary.Tenants;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.logging.Logger;

/**
 * A suspended tenant's agent work pauses (its tasks stay QUEUED, see {@link TaskExecution#start}); when the tenant
 * is reactivated ({@value Tenants#REACTIVATED} on the domain-events topic) its waiting tasks are queued again.
 * A durable shared subscription: a reactivation while the server is down is acted on after it restarts.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.DOMAIN_EVENTS_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "agent-tasks-resumption"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "bizosaas-agents"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = Destinations.EVENT_TYPE_PROPERTY + " = '" + Tenants.REACTIVATED + "'")
})
public class TenantResumption implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TenantResumption.class.getName());

    @Inject
    Deliveries deliveries;

    @EJB
    AgentTasks tasks;

    @Override
    public void onMessage(Message message) {
        DomainEvent event = deliveries.enter(message, DomainEvent.MESSAGES);
        int resumed = tasks.resumePaused();
        LOG.info(() -> "tenant " + event.tenantId() + " reactivated: " + resumed + " waiting agent tasks queued again");
    }
}
