package com.bizosaas.platform.boundary;

import com.bizosaas.platform.control.ClusterPassword;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Refuses to start the application on a server whose brokers share a known cluster password
 * ({@link ClusterPassword}): the deployment fails, saying what to set, before any queue is listened to. The value is
 * the one configure.cli hands the broker ({@code BIZOSAAS_CLUSTER_PASSWORD}), read here through MicroProfile Config.
 */
@Startup
@Singleton
public class ClusterSecretCheck {

    @Inject
    @ConfigProperty(name = "bizosaas.cluster.password")
    Optional<String> clusterPassword;

    @PostConstruct
    void refuseAKnownSecret() {
        ClusterPassword.problemWith(clusterPassword).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
    }
}
