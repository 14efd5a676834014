package com.bizosaas.platform.boundary;

import com.bizosaas.platform.control.BrokerProbe;
import com.bizosaas.platform.control.DatabaseProbe;
import com.bizosaas.platform.control.ProbeResult;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/** How the platform is doing right now, for the status page, the API and the health checks. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStatus {

    @Inject
    @ConfigProperty(name = "bizosaas.platform.name")
    String platformName;

    @Inject
    DatabaseProbe database;

    @Inject
    BrokerProbe broker;

    @EJB
    DatabaseMigration migration;

    public StatusReport report() {
        ProbeResult db = database.probe();
        ProbeResult jms = broker.probe();
        return new StatusReport(platformName, db.up() && jms.up(), db, jms, migration.schemaVersion(),
                Instant.now(), Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()));
    }

    public ProbeResult database() {
        return database.probe();
    }

    public ProbeResult broker() {
        return broker.probe();
    }

    /** The platform as one answer: up only if every dependency is. */
    public record StatusReport(String platformName, boolean up, ProbeResult database, ProbeResult broker,
                               String schemaVersion, Instant checkedAt, Duration serverUptime) {
    }
}
