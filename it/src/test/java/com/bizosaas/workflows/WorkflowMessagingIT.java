package com.bizosaas.workflows;

import com.bizosaas.it.Deployments;
import com.bizosaas.it.InServerSql;
import com.bizosaas.workflows.boundary.WorkflowDispatch;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Workflow runs through the WorkflowRuns queue, inside the server: a message that names one tenant's run but another
 * tenant finds nothing and moves nothing; with its own tenant the run moves on, and a duplicate changes nothing more.
 * A run whose message fails every attempt (its stored definition is unreadable) ends FAILED through the dead-letter
 * queue, with the reason, instead of staying RUNNING.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowMessagingIT {

    private static final String GATE = "{\"steps\": [{\"id\": \"gate\", \"type\": \"approval\"}]}";

    @Inject
    WorkflowDispatch dispatch;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/BizosaasDS")
    DataSource dataSource;

    private InServerSql sql;

    @BeforeEach
    void sql() {
        sql = new InServerSql(transaction, dataSource);
    }

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.builtEarWithProbe(WorkflowMessagingIT.class);
    }

    @Test
    void aMessageNamingAnotherTenantsRunMovesNothingAndTheRightOneMovesItOnce() throws Exception {
        UUID corelDove = sql.tenant("coreldove");
        UUID thrillRing = sql.tenant("thrillring");
        UUID run = runningRun(corelDove, GATE);

        sql.inTransaction(() -> dispatch.advance(run, thrillRing));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> "RUNNING/PENDING".equals(runAndStep(corelDove, run)));

        sql.inTransaction(() -> dispatch.advance(run, corelDove));
        await().atMost(Duration.ofSeconds(30)).until(() -> "RUNNING/AWAITING_APPROVAL".equals(runAndStep(corelDove, run)));
        sql.inTransaction(() -> dispatch.advance(run, corelDove)); // a duplicate
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8))
                .until(() -> "RUNNING/AWAITING_APPROVAL".equals(runAndStep(corelDove, run)));
    }

    @Test
    void aRunWhoseMessageKeepsFailingEndsFailedThroughTheDeadLetterQueue() throws Exception {
        UUID corelDove = sql.tenant("coreldove");
        UUID run = runningRun(corelDove, "{\"steps\": [{\"id\": \"gate\", \"type\": \"approval\", \"after\": [\"gate\"]}]}");
        sql.inTransaction(() -> dispatch.advance(run, corelDove));
        // five attempts with back-off (1 + 2 + 4 + 8 s), then the dead-letter queue
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> runAndStep(corelDove, run).startsWith("FAILED/"));
        assertEquals("FAILED/CANCELLED", runAndStep(corelDove, run));
        assertEquals("gave up after the broker's redeliveries of its step message", outcome(corelDove, run));
    }

    /** A run written straight into the tenant's rows — one step, PENDING — with no message of its own. */
    private UUID runningRun(UUID tenant, String definition) throws Exception {
        UUID id = UUID.randomUUID();
        sql.inTransaction(() -> {
            try (Connection db = sql.connection()) {
                InServerSql.asTenant(db, tenant);
                try (PreparedStatement run = db.prepareStatement("insert into bizosaas.workflow_run (id, tenant_id, workflow_name,"
                        + " definition, input, state, started_by, started_at) values (?, ?, 'probe', ?, 'probe', 'RUNNING', 'it', ?)")) {
                    run.setObject(1, id);
                    run.setObject(2, tenant);
                    run.setString(3, definition);
                    run.setTimestamp(4, Timestamp.from(Instant.now()));
                    run.executeUpdate();
                }
                try (PreparedStatement step = db.prepareStatement("insert into bizosaas.workflow_step (id, tenant_id, run_id,"
                        + " step_key, position, type, state) values (gen_random_uuid(), ?, ?, 'gate', 0, 'APPROVAL', 'PENDING')")) {
                    step.setObject(1, tenant);
                    step.setObject(2, id);
                    step.executeUpdate();
                }
            }
        });
        return id;
    }

    private String runAndStep(UUID tenant, UUID run) throws Exception {
        return sql.valueAsTenant(tenant, "select r.state || '/' || s.state from bizosaas.workflow_run r join bizosaas.workflow_step s"
                + " on s.run_id = r.id where r.id = ?", run);
    }

    private String outcome(UUID tenant, UUID run) throws Exception {
        return sql.valueAsTenant(tenant, "select outcome from bizosaas.workflow_run where id = ?", run);
    }
}
