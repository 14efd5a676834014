package com.bizosaas.bench;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.core.server.JournalType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw broker, for comparison with the tasks benchmark: the same Artemis version as WildFly's, embedded with a
 * persistent (NIO) journal on this machine's disk, in-VM (no network). Producers send durable messages, each in its
 * own committed transaction, as accepting a task does; consumers receive them, each acknowledgement committed on its
 * own, as the task listener does. What it measures is the broker and the disk's syncs, nothing of the platform.
 */
final class RawBroker {

    /** Persistent messages sent and received per second, both under way at once. */
    record Result(int messages, double perSecond) {
    }

    private RawBroker() {
    }

    static Result sendAndReceive(Path dir, int messages, int producers, int consumers) throws Exception {
        PlatformBenchmark.deleteRecursively(dir);
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true).setSecurityEnabled(false).setJournalType(JournalType.NIO)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("large").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .addAcceptorConfiguration("in-vm", "vm://0");
        ActiveMQServer server = ActiveMQServers.newActiveMQServer(config, false);
        server.start();
        try (ServerLocator locator = ActiveMQClient.createServerLocator("vm://0");
             ClientSessionFactory factory = locator.createSessionFactory()) {
            try (ClientSession admin = factory.createSession()) {
                admin.createQueue(QueueConfiguration.of("bench").setDurable(true).setRoutingType(RoutingType.ANYCAST));
            }
            ExecutorService pool = Executors.newFixedThreadPool(producers + consumers);
            AtomicInteger toSend = new AtomicInteger(messages);
            AtomicInteger toReceive = new AtomicInteger(messages);
            List<Future<?>> work = new ArrayList<>();
            long started = System.nanoTime();
            for (int p = 0; p < producers; p++) {
                work.add(pool.submit(() -> {
                    try (ClientSession session = factory.createSession(false, false, false);
                         ClientProducer producer = session.createProducer("bench")) {
                        while (toSend.getAndDecrement() > 0) {
                            ClientMessage message = session.createMessage(true);
                            message.getBodyBuffer().writeString("{\"taskId\":\"00000000-0000-0000-0000-000000000000\"}");
                            producer.send(message);
                            session.commit();
                        }
                    }
                    return null;
                }));
            }
            for (int c = 0; c < consumers; c++) {
                work.add(pool.submit(() -> {
                    try (ClientSession session = factory.createSession(false, false, false);
                         ClientConsumer consumer = session.createConsumer("bench")) {
                        session.start();
                        while (toReceive.get() > 0) {
                            ClientMessage message = consumer.receive(200);
                            if (message != null) {
                                message.acknowledge();
                                session.commit();
                                toReceive.decrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            return new Result(messages, messages / seconds);
        } finally {
            server.stop();
        }
    }
}
