package com.bizosaas.agents;

import com.bizosaas.agents.tasks.boundary.TaskDispatch;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.InServerSql;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenant isolation through the agent-task queue, inside the server: a message that names one tenant's task but
 * another tenant finds nothing and changes nothing (the consumer works under the message's tenant, and row-level
 * security hides the task); the same task with its own tenant is worked on once, and a redelivery of a finished
 * task does not run it again. A suspended tenant's tasks wait, QUEUED, and run when it is reactivated. A task that
 * fails every attempt ends FAILED, with its last cause, once the broker gives up and dead-letters its message. A
 * tool call that was under way when a node stopped is not made again.
 */
@ExtendWith(ArquillianExtension.class)
class AgentTaskMessagingIT {

    @Inject
    TaskDispatch dispatch;

    @Inject
    EventPublisher publisher;

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
        return Deployments.builtEarWithProbe(AgentTaskMessagingIT.class);
    }

    @Test
    void aMessageNamingAnotherTenantsTaskChangesNothingAndTheRightOneRunsOnce() throws Exception {
        UUID corelDove = sql.tenant("coreldove");
        UUID thrillRing = sql.tenant("thrillring");
        UUID task = queuedTask(corelDove, "Isolation probe: summarise our week");

        sql.inTransaction(() -> dispatch.dispatch(new TaskDispatch.TaskMessage(task, thrillRing)));
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> "QUEUED/0".equals(stateAndAttempts(corelDove, task)));

        sql.inTransaction(() -> dispatch.dispatch(new TaskDispatch.TaskMessage(task, corelDove)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED/1".equals(stateAndAttempts(corelDove, task)));

        sql.inTransaction(() -> dispatch.dispatch(new TaskDispatch.TaskMessage(task, corelDove))); // as a redelivery would
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8))
                .until(() -> "SUCCEEDED/1".equals(stateAndAttempts(corelDove, task)));
        assertEquals("SUCCEEDED/1", stateAndAttempts(corelDove, task));
    }

    @Test
    void aSuspendedTenantsTasksWaitAndRunWhenItIsReactivated() throws Exception {
        UUID directory = sql.tenant("business-directory");
        UUID task = queuedTask(directory, "Pause probe: list this week's new reviews");
        try {
            setStatus(directory, "SUSPENDED");
            sql.inTransaction(() -> dispatch.dispatch(new TaskDispatch.TaskMessage(task, directory)));
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                    .until(() -> "QUEUED/0".equals(stateAndAttempts(directory, task)));
        } finally {
            // what Tenants.reactivate does: the status, and its event on the topic
            sql.inTransaction(() -> {
                setStatusInTransaction(directory, "ACTIVE");
                publisher.publish(DomainEvent.of("tenant.reactivated", directory, Json.createObjectBuilder().build()));
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED/1".equals(stateAndAttempts(directory, task)));
    }

    @Test
    void aTaskThatFailsEveryAttemptEndsFailedThroughTheDeadLetterQueue() throws Exception {
        UUID corelDove = sql.tenant("coreldove");
        // an agent whose model tier is blank: the gateway refuses the request as invalid on every attempt — not a
        // refusal the task could be failed for at once, but an error the broker must retry, then give up on
        UUID broken = UUID.randomUUID();
        sql.inTransaction(() -> {
            try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(
                    "insert into bizosaas.agent (id, slug, name, category, integration, pattern, role, goal, prompt_template, "
                            + "tools, model_tier, minimum_tier) values (?, ?, 'Broken Probe Agent', 'Testing', 'Probe', 1, 'Unified', "
                            + "'Fails on purpose.', 'You are {{tenant}}''s probe. {{input}}', 'probe_get', ' ', 'TIER_1')")) {
                insert.setObject(1, broken);
                insert.setString(2, "broken-probe-" + broken.toString().substring(0, 8));
                insert.executeUpdate();
            }
        });
        UUID task = queuedTask(corelDove, "Poison probe", broken);

        sql.inTransaction(() -> dispatch.dispatch(new TaskDispatch.TaskMessage(task, corelDove)));

        // 5 deliveries with 1, 2, 4, 8 s between them, then the dead-letter queue's consumer
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> stateAndAttempts(corelDove, task).startsWith("FAILED"));
        assertEquals("FAILED/5", stateAndAttempts(corelDove, task));
        String error = error(corelDove, task);
        org.junit.jupiter.api.Assertions.assertTrue(error.startsWith("gave up after the broker's redeliveries; last attempt: "), error);
    }

    private String error(UUID tenant, UUID task) throws Exception {
        return sql.valueAsTenant(tenant, "select error from bizosaas.agent_task where id = ?", task);
    }

    private void setStatus(UUID tenant, String status) throws Exception {
        sql.inTransaction(() -> setStatusInTransaction(tenant, status));
    }

    private void setStatusInTransaction(UUID tenant, String status) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement registry = db.prepareStatement("select set_config('app.platform', 'on', true)");
             PreparedStatement update = db.prepareStatement("update bizosaas.tenant set status = ?, status_since = now() where id = ?")) {
            registry.execute(); // as the super-admin's boundary does: only the platform's side changes the registry
            update.setString(1, status);
            update.setObject(2, tenant);
            update.executeUpdate();
        }
    }

    @Test
    void aToolCallUnderWayWhenTheNodeStoppedIsNotMadeAgain() throws Exception {
        // as a node killed during a refund leaves it: the task QUEUED again (its message redelivered) and the
        // refund on record as CALLING — whether Stripe acted is unknown
        UUID corelDove = sql.tenant("coreldove");
        UUID agent = agentWithTool("sendgrid_send_email");
        UUID task = queuedTask(corelDove, "Crash probe: send the newsletter", agent);
        sql.inTransaction(() -> {
            try (Connection db = dataSource.getConnection()) {
                InServerSql.asTenant(db, corelDove);
                try (PreparedStatement named = db.prepareStatement("update bizosaas.agent_task set tool = 'sendgrid_send_email',"
                        + " tool_arguments = '{\"to\":\"list@example.com\",\"message\":\"Spring\"}' where id = ?");
                     PreparedStatement calling = db.prepareStatement("insert into bizosaas.agent_tool_call (id, tenant_id, task_id,"
                             + " seq, tool, arguments, state, sandbox, started_at) values (gen_random_uuid(), ?, ?, 1,"
                             + " 'sendgrid_send_email', '{\"to\":\"list@example.com\",\"message\":\"Spring\"}', 'CALLING', true, now())")) {
                    named.setObject(1, task);
                    named.executeUpdate();
                    calling.setObject(1, corelDove);
                    calling.setObject(2, task);
                    calling.executeUpdate();
                }
            }
        });

        sql.inTransaction(() -> dispatch.dispatch(new TaskDispatch.TaskMessage(task, corelDove)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED/1".equals(stateAndAttempts(corelDove, task)));
        transaction.begin();
        try (Connection db = dataSource.getConnection()) {
            InServerSql.asTenant(db, corelDove);
            try (PreparedStatement calls = db.prepareStatement("select state, result from bizosaas.agent_tool_call where task_id = ?")) {
                calls.setObject(1, task);
                try (ResultSet rows = calls.executeQuery()) {
                    rows.next();
                    assertEquals("UNCERTAIN", rows.getString(1));
                    assertTrue(rows.getString(2).contains("not repeated"), rows.getString(2));
                    assertFalse(rows.next(), "no second call was made");
                }
            }
        } finally {
            transaction.commit();
        }
    }

    private UUID agentWithTool(String tool) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("select id from bizosaas.agent where tools like ? order by slug limit 1")) {
            query.setString(1, "%" + tool + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    /** A task written straight into the tenant's rows, with no message of its own, for a 2-agent pattern's agent. */
    private UUID queuedTask(UUID tenant, String input) throws Exception {
        return queuedTask(tenant, input, null);
    }

    private UUID queuedTask(UUID tenant, String input, UUID agent) throws Exception {
        UUID id = UUID.randomUUID();
        transaction.begin();
        try (Connection db = dataSource.getConnection()) {
            InServerSql.asTenant(db, tenant);
            try (PreparedStatement insert = db.prepareStatement("insert into bizosaas.agent_task (id, tenant_id, agent_id, state, "
                    + "input, attempts, submitted_by, queued_at) values (?, ?, coalesce(?, (select id from bizosaas.agent "
                    + "where pattern = 2 order by slug limit 1)), 'QUEUED', ?, 0, 'it', ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, tenant);
                insert.setObject(3, agent, java.sql.Types.OTHER);
                insert.setString(4, input);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
        transaction.commit();
        return id;
    }

    private String stateAndAttempts(UUID tenant, UUID task) throws Exception {
        return sql.valueAsTenant(tenant, "select state || '/' || attempts from bizosaas.agent_task where id = ?", task);
    }
}
