package com.bizosaas.connectors.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;

/**
 * The integrations that have a real connector, each pointed at its API ({@code bizosaas.connectors.<key>.url},
 * the vendor's own by default — tests point them at local fakes). The key is also the name of the tenant's
 * credential in the vault: {@code stripe}, {@code sendgrid}, {@code hubspot}, {@code twilio}, {@code mailchimp}.
 */
@ApplicationScoped
public class RealConnectors {

    @Inject
    @ConfigProperty(name = "bizosaas.connectors.stripe.url", defaultValue = "https://api.stripe.com")
    String stripe;

    @Inject
    @ConfigProperty(name = "bizosaas.connectors.sendgrid.url", defaultValue = "https://api.sendgrid.com")
    String sendGrid;

    /** SendGrid sends only from a verified sender: set it to the agency's. */
    @Inject
    @ConfigProperty(name = "bizosaas.connectors.sendgrid.from", defaultValue = "no-reply@bizosaas.example")
    String sendGridFrom;

    @Inject
    @ConfigProperty(name = "bizosaas.connectors.hubspot.url", defaultValue = "https://api.hubapi.com")
    String hubSpot;

    @Inject
    @ConfigProperty(name = "bizosaas.connectors.twilio.url", defaultValue = "https://api.twilio.com")
    String twilio;

    @Inject
    @ConfigProperty(name = "bizosaas.connectors.twilio.from", defaultValue = "+15005550006")
    String twilioFrom;

    /** Empty: each key's data centre decides ({@code …-us21}). */
    @Inject
    @ConfigProperty(name = "bizosaas.connectors.mailchimp.url", defaultValue = " ")
    String mailchimp;

    private Map<String, Connector> connectors;

    @PostConstruct
    void init() {
        connectors = Map.of(
                "stripe", new StripeConnector(stripe),
                "sendgrid", new SendGridConnector(sendGrid, sendGridFrom),
                "hubspot", new HubSpotConnector(hubSpot),
                "twilio", new TwilioConnector(twilio, twilioFrom),
                "mailchimp", new MailchimpConnector(mailchimp.strip()));
    }

    /** The real connector of the integration ({@code stripe}, …), or empty: it runs in the sandbox only. */
    public Optional<Connector> of(String integration) {
        return Optional.ofNullable(connectors.get(integration));
    }
}
