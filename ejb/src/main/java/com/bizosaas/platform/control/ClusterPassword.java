package com.bizosaas.platform.control;

import java.util.Optional;

/**
 * The secret the brokers of one cluster share (Artemis' cluster password). The full-ha profile forms a cluster with
 * whatever node answers on its multicast address, so a known secret — unset, WildFly's default, or short enough to
 * guess — lets a stranger's node join and read every queue: the platform refuses to start with one.
 */
public final class ClusterPassword {

    /** The value WildFly's and Artemis' examples ship, and configure.cli falls back to. */
    public static final String SHIPPED_DEFAULT = "CHANGE ME!!";
    static final int SHORTEST = 16;

    private ClusterPassword() {
    }

    /** What is wrong with the configured password, if anything, said for the operator who must fix it. */
    public static Optional<String> problemWith(Optional<String> configured) {
        String password = configured.map(String::strip).orElse("");
        if (password.isEmpty()) {
            return Optional.of("BIZOSAAS_CLUSTER_PASSWORD is not set: the brokers would share WildFly's default cluster"
                    + " password, and any node on the network could join. Set a random secret of " + SHORTEST
                    + "+ characters, the same on every node (the run command generates one)");
        }
        if (password.equals(SHIPPED_DEFAULT)) {
            return Optional.of("BIZOSAAS_CLUSTER_PASSWORD is WildFly's published default: any node on the network could"
                    + " join this cluster. Set a random secret of " + SHORTEST + "+ characters, the same on every node");
        }
        if (password.length() < SHORTEST) {
            return Optional.of("BIZOSAAS_CLUSTER_PASSWORD is shorter than " + SHORTEST + " characters: set a random secret"
                    + " of " + SHORTEST + "+ characters, the same on every node");
        }
        return Optional.empty();
    }
}
