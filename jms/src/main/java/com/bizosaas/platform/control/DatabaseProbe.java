package com.bizosaas.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Asks PostgreSQL, as the application role, whether it answers. */
@ApplicationScoped
public class DatabaseProbe {

    @Resource(lookup = "java:jboss/datasources/BizosaasDS")
    DataSource dataSource;

    public ProbeResult probe() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return ProbeResult.down("connection not valid", -1);
            }
            var meta = connection.getMetaData();
            return ProbeResult.up("PostgreSQL " + meta.getDatabaseProductVersion() + " as " + meta.getUserName(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            // The SQL state says what kind of failure it is without echoing connection details.
            return ProbeResult.down("database unreachable (SQL state " + e.getSQLState() + ")", -1);
        }
    }
}
