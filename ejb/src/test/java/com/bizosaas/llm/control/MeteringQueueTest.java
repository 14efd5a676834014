package com.bizosaas.llm.control;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class MeteringQueueTest {

    private final List<Integer> written = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

    private MeteringQueue<Integer> queue(MeteringQueue.Sink<Integer> sink) {
        return new MeteringQueue<>("metering-test", sink, failure -> failure instanceof SQLException, 100,
                Duration.ofMillis(5), Executors.defaultThreadFactory());
    }

    private void record(List<Integer> batch) {
        batchSizes.add(batch.size());
        written.addAll(batch);
    }

    @Test
    void everythingHandedOverIsWrittenInOrderAndReadersCanWaitForIt() throws Exception {
        try (MeteringQueue<Integer> queue = queue(this::record)) {
            for (int i = 1; i <= 1000; i++) {
                assertThat(queue.offer(i)).isEqualTo(i);
            }
            assertThat(queue.awaitWritten(Duration.ofSeconds(5))).isTrue();
            assertThat(written).hasSize(1000).isSorted();
            assertThat(queue.backlog()).isZero();
        }
    }

    @Test
    void whatGathersWhileABatchIsWrittenGoesInTheNextBatch() throws Exception {
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (MeteringQueue<Integer> queue = queue(batch -> {
            firstBatchStarted.countDown();
            release.await();
            record(batch);
        })) {
            queue.offer(0);
            firstBatchStarted.await();
            for (int i = 1; i <= 250; i++) {
                queue.offer(i);
            }
            assertThat(queue.backlog()).isEqualTo(251);
            assertThat(queue.awaitWritten(Duration.ofMillis(100))).as("the writer is held").isFalse();
            release.countDown();
            assertThat(queue.awaitWritten(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(batchSizes).containsExactly(1, 100, 100, 50);
    }

    @Test
    void aPassingFailureIsRetriedUntilTheBatchIsWritten() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (MeteringQueue<Integer> queue = queue(batch -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("database restarting");
            }
            record(batch);
        })) {
            queue.offer(7);
            assertThat(queue.awaitWritten(Duration.ofSeconds(5))).isTrue();
            assertThat(written).containsExactly(7);
            assertThat(attempts.get()).isEqualTo(4);
            assertThat(queue.setAside()).isZero();
        }
    }

    @Test
    void aRecordThatFailsForGoodIsSetAsideAndTheOthersOfItsBatchAreWritten() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        try (MeteringQueue<Integer> queue = queue(batch -> {
            held.await();
            if (batch.contains(13)) {
                throw new SQLException("insert violates foreign key constraint", "23503");
            }
            record(batch);
        })) {
            for (int i = 10; i <= 16; i++) {
                queue.offer(i);
            }
            held.countDown();
            assertThat(queue.awaitWritten(Duration.ofSeconds(5))).isTrue();
            assertThat(written).containsExactly(10, 11, 12, 14, 15, 16);
            assertThat(queue.setAside()).isEqualTo(1);
            queue.offer(17);
            assertThat(queue.awaitWritten(Duration.ofSeconds(5))).isTrue();
            assertThat(written).endsWith(17);
        }
    }

    @Test
    void aFullQueueMakesCallersWaitForRoomInsteadOfGrowingOrDropping() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch databaseBack = new CountDownLatch(1);
        try (MeteringQueue<Integer> queue = queue(batch -> {
            writing.countDown();
            databaseBack.await();
            record(batch);
        })) {
            queue.offer(0);
            writing.await(); // the writer holds [0]; the queue itself is empty
            for (int i = 1; i <= MeteringQueue.MOST_PENDING; i++) {
                queue.offer(i);
            }
            java.util.concurrent.Future<Long> waiting = Executors.newSingleThreadExecutor().submit(() -> queue.offer(-1));
            Thread.sleep(300);
            assertThat(waiting.isDone()).as("no room: the caller waits").isFalse();
            databaseBack.countDown();
            assertThat(waiting.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(MeteringQueue.MOST_PENDING + 2L);
            assertThat(queue.awaitWritten(Duration.ofSeconds(30))).isTrue();
            assertThat(written).hasSize(MeteringQueue.MOST_PENDING + 2).startsWith(0, 1, 2).endsWith(-1);
        }
    }

    @Test
    void closingWritesWhatIsPendingAndThenRefusesMore() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        MeteringQueue<Integer> queue = queue(batch -> {
            started.countDown();
            Thread.sleep(50);
            record(batch);
        });
        for (int i = 0; i < 300; i++) {
            queue.offer(i);
        }
        started.await();
        queue.close(Duration.ofSeconds(10));
        assertThat(written).hasSize(300);
        assertThat(queue.backlog()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queue.offer(1)).isInstanceOf(IllegalStateException.class);
    }
}
