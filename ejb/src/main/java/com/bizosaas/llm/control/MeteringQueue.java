package com.bizosaas.llm.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Write-behind with group commit for metering: a caller hands over a record and goes on at once; one writer
 * thread takes the first record, gathers what else arrives within the linger time (or until a batch is full)
 * and writes it all as one batch. So a record is written within about the linger time after it was handed
 * over, and the database sees one transaction for many calls — one that does not compete for the processor
 * with every single call.
 * <p>
 * Nothing handed over is dropped for a passing failure (the database restarting): a batch that fails is
 * retried, with back-off, until it is written (it stays counted in {@link #backlog()} meanwhile), and
 * {@link #close} writes what is left before it returns. A batch that fails for good (a record the database will
 * never take — its tenant was deleted meanwhile, say) is written record by record, and only the records that
 * fail for good on their own are set aside: logged, counted in {@link #setAside()}, not retried — so that one
 * bad record cannot stop all metering.
 * Readers that must see every record handed over so far wait with {@link #awaitWritten}.
 */
public final class MeteringQueue<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MeteringQueue.class.getName());
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long LAST_RETRY_MILLIS = 5_000;
    private static final long WAKE_UP_MILLIS = 100;
    private static final int ATTEMPTS_WHILE_CLOSING = 3;

    /** Where batches go. */
    @FunctionalInterface
    public interface Sink<T> {
        void write(List<T> batch) throws Exception;
    }

    /** The most records held unwritten (the database away for long): then callers wait for room. */
    public static final int MOST_PENDING = 200_000;
    private static final long LONGEST_WAIT_FOR_ROOM_SECONDS = 30;

    private final BlockingQueue<T> pending = new LinkedBlockingQueue<>(MOST_PENDING);
    private final Sink<T> sink;
    private final Predicate<Exception> forGood;
    private final int maxBatch;
    private final long lingerNanos;
    private final AtomicLong setAside = new AtomicLong();
    private final Thread writer;
    private final Object progress = new Object();
    private long accepted;          // guarded by this
    private long written;           // guarded by progress
    private volatile boolean closing;

    /**
     * @param forGood which failures will not pass by retrying (a constraint the record breaks), as opposed to
     *                the database being unreachable for a while
     * @param linger  how long the writer gathers records after the first before it writes them
     */
    public MeteringQueue(String name, Sink<T> sink, Predicate<Exception> forGood, int maxBatch, Duration linger,
                         ThreadFactory threads) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.sink = sink;
        this.forGood = forGood;
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.writer = threads.newThread(this::writeUntilClosed);
        this.writer.setName(name);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Hands a record over; returns its sequence number (1, 2, …). When {@value #MOST_PENDING} records wait unwritten,
     * the caller waits for room (at most 30 s, then it is refused): memory stays bounded, and nothing handed over is
     * dropped.
     */
    public long offer(T item) {
        if (closing) {
            throw new IllegalStateException("the metering queue is closed");
        }
        // number and enqueue together, so that "the first n written" are exactly the first n numbered
        synchronized (this) {
            try {
                if (!pending.offer(item, LONGEST_WAIT_FOR_ROOM_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(MOST_PENDING + " metering records wait unwritten: the database is away");
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for room in the metering queue", interrupted);
            }
            return ++accepted;
        }
    }

    /** Records that failed for good and were set aside (logged, not written). */
    public long setAside() {
        return setAside.get();
    }

    /** Records handed over but not yet written (nor set aside). */
    public long backlog() {
        long handedOver;
        synchronized (this) {
            handedOver = accepted;
        }
        synchronized (progress) {
            return handedOver - written;
        }
    }

    /**
     * Waits until everything handed over before this call is written; false when {@code timeout} passed first
     * (the database is slow or down: the records are still pending, not lost).
     */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        long target;
        synchronized (this) {
            target = accepted;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (written < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    /** Stops taking records, writes what is pending (waiting at most {@code timeout}) and stops the writer. */
    public void close(Duration timeout) throws InterruptedException {
        closing = true;
        // not interrupted: a write under way finishes; the writer sees the flag within its next poll
        writer.join(timeout.toMillis());
        if (!pending.isEmpty()) {
            LOG.severe(() -> pending.size() + " metering records could not be written before the server stopped");
        }
    }

    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(10));
    }

    private void writeUntilClosed() {
        List<T> batch = new ArrayList<>(maxBatch);
        while (!(closing && pending.isEmpty())) {
            try {
                if (batch.isEmpty()) {
                    T first = pending.poll(WAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    gather(batch);
                }
                if (!writeWithRetries(batch)) {
                    return;
                }

                synchronized (progress) {
                    written += batch.size();
                    progress.notifyAll();
                }
                batch.clear();
            } catch (InterruptedException interrupted) {
                // the server is taking the thread away: what is pending now is lost, and said so
                LOG.severe(() -> pending.size() + batch.size() + " metering records were not written: the writer was interrupted");
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Adds to the batch what arrives within the linger time, until the batch is full. */
    private void gather(List<T> batch) throws InterruptedException {
        long until = System.nanoTime() + lingerNanos;
        pending.drainTo(batch, maxBatch - batch.size());
        while (batch.size() < maxBatch && !closing) {
            long left = until - System.nanoTime();
            T next = left > 0 ? pending.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            pending.drainTo(batch, maxBatch - batch.size());
        }
    }

    /**
     * Writes a batch, retrying until it is written (or its bad records are set aside); false only when the queue
     * is closing and writing keeps failing.
     */
    private boolean writeWithRetries(List<T> batch) throws InterruptedException {
        long backOff = FIRST_RETRY_MILLIS;
        int attemptsWhileClosing = 0;
        while (true) {
            try {
                sink.write(batch);
                return true;
            } catch (Exception failure) {
                if (forGood.test(failure)) {
                    if (batch.size() == 1) {
                        setAside.incrementAndGet();
                        LOG.log(Level.SEVERE, "a metering record could not be written and is set aside: " + batch.get(0)
                                + ": " + failure);
                        return true;
                    }
                    // find the bad ones: each record on its own
                    for (T one : batch) {
                        if (!writeWithRetries(List.of(one))) {
                            return false;
                        }
                    }
                    return true;
                }
                // stopping: a few quick tries, then say what is lost rather than hold the server's stop
                if (closing && ++attemptsWhileClosing >= ATTEMPTS_WHILE_CLOSING) {
                    LOG.log(Level.SEVERE, batch.size() + pending.size() + " metering records could not be written while"
                            + " the server stopped: " + failure);
                    return false;
                }
                LOG.log(Level.WARNING, "writing " + batch.size() + " metering records failed; retrying in " + backOff
                        + " ms: " + failure);
                Thread.sleep(backOff);
                backOff = Math.min(LAST_RETRY_MILLIS * 2, backOff * 2);
            }
        }
    }
}
