package com.bizosaas.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    private static final Path CHECKOUT = Path.of("/opt/bizosaas");

    @Test
    void defaultsServeOnTheUsualPortsWithTheEmbeddedDatabaseInTheCheckout() {
        Settings settings = Settings.fromEnvironment(Map.of(), CHECKOUT);

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.managementPort()).isEqualTo(9990);
        assertThat(settings.externalDbUrl()).isEmpty();
        assertThat(settings.postgresDir()).isEqualTo(Path.of("/opt/bizosaas/data/postgres"));
        assertThat(settings.serverBaseDir()).isEqualTo(Path.of("/opt/bizosaas/data/wildfly"));
        assertThat(settings.wildflyHome()).isEqualTo(Path.of("/opt/bizosaas/wildfly-config/target/wildfly"));
        assertThat(settings.ear()).isEqualTo(Path.of("/opt/bizosaas/ear/target/bizosaas.ear"));
    }

    @Test
    void environmentMovesPortsDataAndDatabase() {
        Settings settings = Settings.fromEnvironment(Map.of(
                "BIZOSAAS_PORT_OFFSET", "100",
                "BIZOSAAS_DATA_DIR", "/var/lib/bizosaas",
                "BIZOSAAS_DB_URL", "jdbc:postgresql://db:5432/bizosaas",
                "BIZOSAAS_HEAP", "1g"), CHECKOUT);

        assertThat(settings.httpPort()).isEqualTo(8180);
        assertThat(settings.managementPort()).isEqualTo(10090);
        assertThat(settings.postgresDir()).isEqualTo(Path.of("/var/lib/bizosaas/postgres"));
        assertThat(settings.externalDbUrl()).contains("jdbc:postgresql://db:5432/bizosaas");
        assertThat(settings.heap()).isEqualTo("1g");
    }

    @Test
    void badValuesAreRefusedWithTheKeyNamed() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("BIZOSAAS_PORT_OFFSET", "abc"), CHECKOUT))
                .hasMessageContaining("BIZOSAAS_PORT_OFFSET");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("BIZOSAAS_PORT_OFFSET", "-1"), CHECKOUT))
                .hasMessageContaining("BIZOSAAS_PORT_OFFSET");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("BIZOSAAS_DB_URL", "jdbc:mysql://x/y"), CHECKOUT))
                .hasMessageContaining("BIZOSAAS_DB_URL");
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("BIZOSAAS_HEAP", "lots"), CHECKOUT))
                .hasMessageContaining("BIZOSAAS_HEAP");
    }
}
