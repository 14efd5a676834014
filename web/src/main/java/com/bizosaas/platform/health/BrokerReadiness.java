package com.bizosaas.platform.health;

import com.bizosaas.platform.boundary.PlatformStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the broker serves the agent-tasks queue. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @EJB
    PlatformStatus status;

    @Override
    public HealthCheckResponse call() {
        return Probes.toResponse("broker", status.broker());
    }
}
