package com.bizosaas.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date when the application is deployed. It connects through the migration
 * datasource as the role that owns the tables; the application itself never does (its role owns nothing
 * and cannot bypass row-level security). A failed migration fails the deployment: better no application
 * than one running on a half-migrated schema.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String SCHEMA = "bizosaas";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BizosaasMigrationDS")
    DataSource migrationDataSource;

    @Inject
    @ConfigProperty(name = "bizosaas.db.app-role")
    String appRole;

    private String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        if (!appRole.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("bizosaas.db.app-role is not a plain PostgreSQL role name");
        }
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(migrationDataSource)
                .schemas(SCHEMA)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole))
                .load();
        var result = flyway.migrate();
        schemaVersion = Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion)
                .map(Object::toString).orElse("none");
        LOG.info(() -> "schema " + SCHEMA + " at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
