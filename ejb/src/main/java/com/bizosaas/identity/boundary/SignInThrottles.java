package com.bizosaas.identity.boundary;

import com.bizosaas.identity.control.SignInThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * This node's counts of failed sign-ins, by the address tried and by the client it came from (issue 14): past
 * {@code bizosaas.signin.failures-per-address} (10) or {@code bizosaas.signin.failures-per-client} (50) within
 * {@code bizosaas.signin.failure-window} (15 minutes), sign-in answers 429 with the wait, by the token endpoint and
 * the console alike, whether or not the address has an account.
 */
@ApplicationScoped
public class SignInThrottles {

    @Inject
    @ConfigProperty(name = "bizosaas.signin.failures-per-address", defaultValue = "10")
    int perAddress;

    @Inject
    @ConfigProperty(name = "bizosaas.signin.failures-per-client", defaultValue = "50")
    int perClient;

    @Inject
    @ConfigProperty(name = "bizosaas.signin.failure-window", defaultValue = "PT15M")
    Duration window;

    private SignInThrottle addresses;
    private SignInThrottle clients;

    @PostConstruct
    void start() {
        addresses = new SignInThrottle(perAddress, window);
        clients = new SignInThrottle(perClient, window);
    }

    /** How long an attempt for this address from this client must wait; zero when it may go ahead. */
    public Duration waitFor(String email, String client, Instant now) {
        Duration address = addresses.waitFor(key(email), now);
        Duration from = client == null ? Duration.ZERO : clients.waitFor(client, now);
        return address.compareTo(from) >= 0 ? address : from;
    }

    public void failed(String email, String client, Instant now) {
        addresses.failed(key(email), now);
        if (client != null) {
            clients.failed(client, now);
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
