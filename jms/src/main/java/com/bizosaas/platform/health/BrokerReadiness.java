package com.bizosaas.platform.health;

import com.bizosaas.platform.control.BrokerProbe;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the broker serves the agent-tasks queue. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    BrokerProbe probe;

    @Override
    public HealthCheckResponse call() {
        return Probes.toResponse("broker", probe.probe());
    }
}
