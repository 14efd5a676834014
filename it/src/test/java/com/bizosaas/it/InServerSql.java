package com.bizosaas.it;

import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * SQL for tests that run inside the server (probe deployments): the application's datasource, under a tenant as the
 * platform sets it, in JTA transactions of the test's own — so what a test writes is committed before the messages
 * it sends are consumed.
 */
public final class InServerSql {

    /** Work in a transaction. */
    public interface Work {
        void run() throws Exception;
    }

    private final UserTransaction transaction;
    private final DataSource dataSource;

    public InServerSql(UserTransaction transaction, DataSource dataSource) {
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    public UUID tenant(String slug) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("select id from bizosaas.tenant where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    public void inTransaction(Work work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** The first column of the first row {@code sql} (one parameter: {@code id}) finds under {@code tenant}, or "absent". */
    public String valueAsTenant(UUID tenant, String sql, UUID id) throws Exception {
        transaction.begin();
        try (Connection db = dataSource.getConnection()) {
            asTenant(db, tenant);
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setObject(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : "absent";
                }
            }
        } finally {
            transaction.commit();
        }
    }

    public Connection connection() throws Exception {
        return dataSource.getConnection();
    }

    /** Sets the transaction's tenant as the platform does, so row-level security applies. */
    public static void asTenant(Connection db, UUID tenant) throws Exception {
        try (PreparedStatement set = db.prepareStatement("select set_config('app.current_tenant', ?, true)")) {
            set.setString(1, tenant.toString());
            set.executeQuery().close();
        }
    }
}
