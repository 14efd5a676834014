package com.bizosaas.platform;

import com.bizosaas.it.Deployments;
import com.bizosaas.messaging.Destinations;
import com.bizosaas.messaging.DomainEvent;
import com.bizosaas.messaging.EventPublisher;
import com.bizosaas.paging.PageRequest;
import com.bizosaas.platform.boundary.DomainEventJournal;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JMS round trip inside the server: events are published in the caller's transaction, consumed
 * idempotently, and a message that cannot be processed ends in the dead-letter queue after the bounded
 * redeliveries instead of being lost.
 */
@ExtendWith(ArquillianExtension.class)
class DomainEventDeliveryIT {

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.builtEarWithProbe(DomainEventDeliveryIT.class);
    }

    @Inject
    EventPublisher publisher;

    @Inject
    DomainEventJournal journal;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/BizosaasDS")
    DataSource dataSource;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.DOMAIN_EVENTS_TOPIC)
    Topic domainEvents;

    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    Queue deadLetters;

    @Test
    void aRedeliveredEventHasNoSecondEffect() throws Exception {
        DomainEvent event = DomainEvent.of("it.duplicate", null, Json.createObjectBuilder().add("n", 1).build());

        commit(() -> publisher.publish(event));
        commit(() -> publisher.publish(event)); // the same envelope again, as a redelivery would bring it

        await().atMost(Duration.ofSeconds(30)).until(() -> redeliveries(event.id()) == 1);
        assertEquals(1, journalEntries("it.duplicate", event.id()), "journaled once");
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverDelivered() throws Exception {
        DomainEvent rolledBack = DomainEvent.of("it.rolled-back", null, Json.createObjectBuilder().build());
        DomainEvent committed = DomainEvent.of("it.committed", null, Json.createObjectBuilder().build());

        transaction.begin();
        publisher.publish(rolledBack);
        transaction.rollback();
        commit(() -> publisher.publish(committed));

        await().atMost(Duration.ofSeconds(30)).until(() -> journalEntries("it.committed", committed.id()) == 1);
        assertEquals(0, journalEntries("it.rolled-back", rolledBack.id()));
        assertFalse(processed(rolledBack.id()));
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterQueueAfterBoundedRedeliveries() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty("itMarker", marker).send(domainEvents, "this is not an envelope");
        }

        // 5 attempts with 1, 2, 4, 8 s between them: about 15 s
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettersMarked(marker).size() == 1);
        Message dead = deadLettersMarked(marker).get(0);
        assertEquals("this is not an envelope", dead.getBody(String.class));
        // the broker records where a dead letter came from
        assertEquals("jms.topic.DomainEvents", dead.getStringProperty("_AMQ_ORIG_ADDRESS"));
    }

    @Test
    void theJournalIsPagedNewestFirst() throws Exception {
        DomainEvent older = DomainEvent.of("it.paging", null, Json.createObjectBuilder().build());
        commit(() -> publisher.publish(older));
        await().atMost(Duration.ofSeconds(30)).until(() -> journalEntries("it.paging", older.id()) == 1);
        DomainEvent newer = DomainEvent.of("it.paging", null, Json.createObjectBuilder().build());
        commit(() -> publisher.publish(newer));
        await().atMost(Duration.ofSeconds(30)).until(() -> journalEntries("it.paging", newer.id()) == 1);

        var page = journal.list("it.paging", new PageRequest(0, 1));

        assertEquals(2, page.totalItems());
        assertEquals(newer.id(), page.items().get(0).getEventId());
        assertTrue(page.hasNext());
    }

    private List<Message> deadLettersMarked(String marker) throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(deadLetters, "itMarker = '" + marker + "'")) {
            return Collections.list(browser.getEnumeration()).stream().map(Message.class::cast).toList();
        }
    }

    private void commit(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }

    private int redeliveries(UUID messageId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select redeliveries from bizosaas.processed_message where consumer = 'platform.journal' and message_id = ?")) {
            ps.setObject(1, messageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    private boolean processed(UUID messageId) throws Exception {
        return redeliveries(messageId) >= 0;
    }

    private long journalEntries(String type, UUID eventId) {
        return journal.list(type, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(e -> e.getEventId().equals(eventId)).count();
    }
}
