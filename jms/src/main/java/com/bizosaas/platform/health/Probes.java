package com.bizosaas.platform.health;

import com.bizosaas.platform.control.ProbeResult;
import org.eclipse.microprofile.health.HealthCheckResponse;

final class Probes {

    private Probes() {
    }

    static HealthCheckResponse toResponse(String name, ProbeResult probe) {
        return HealthCheckResponse.named(name)
                .status(probe.up())
                .withData("detail", probe.detail())
                .withData("latencyMillis", probe.latencyMillis())
                .build();
    }
}
