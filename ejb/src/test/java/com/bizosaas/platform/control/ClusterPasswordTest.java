package com.bizosaas.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterPasswordTest {

    @Test
    void unsetTheShippedDefaultOrShortIsRefusedSayingWhatToSet() {
        assertThat(ClusterPassword.problemWith(Optional.empty())).get().asString().contains("is not set");
        assertThat(ClusterPassword.problemWith(Optional.of("  "))).get().asString().contains("is not set");
        assertThat(ClusterPassword.problemWith(Optional.of("CHANGE ME!!"))).get().asString().contains("published default");
        assertThat(ClusterPassword.problemWith(Optional.of("secret"))).get().asString().contains("shorter than 16");
    }

    @Test
    void aLongRandomSecretIsAccepted() {
        assertThat(ClusterPassword.problemWith(Optional.of("it-cluster-secret"))).isEmpty();
        assertThat(ClusterPassword.problemWith(Optional.of("qP3x_8f2LmZ0vYt7RkWc1nHs"))).isEmpty();
    }
}
