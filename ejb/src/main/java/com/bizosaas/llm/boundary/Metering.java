package com.bizosaas.llm.boundary;

import com.bizosaas.llm.control.MeteringQueue;
import com.bizosaas.llm.entity.ModelCall;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Where every model call's accounting goes: handed to a write-behind queue ({@link MeteringQueue}) and
 * written by one thread in batches ({@link AccountingWriter#recordAll}), so that a call's answer never waits
 * for its accounting row. The tenant's spend is counted at once in {@link SpendGuard}, so budgets hold on this
 * node without waiting for the write. Reports first wait until what this node handed over is written
 * ({@link #awaitWritten}), so a caller always sees its own calls.
 * <p>
 * What this costs: a node killed outright loses the accounting of the calls it answered in its last moments
 * (the linger time, 50 ms, plus a write). An orderly stop writes everything first: this bean depends on
 * {@link AccountingWriter}, which therefore still runs while this one stops and writes what it holds. With the
 * database away for long, the queue fills ({@link MeteringQueue#MOST_PENDING}) and calls wait for room rather
 * than memory growing without bound.
 */
@Singleton
@Startup
@DependsOn("AccountingWriter")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // it hands over; the writer has its own transactions
public class Metering {

    private static final Logger LOG = Logger.getLogger(Metering.class.getName());
    private static final int MOST_PER_BATCH = 500;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** How long the writer gathers calls before it writes them: also the most a node killed outright loses. */
    private static final Duration LINGER = Duration.ofMillis(50);

    @Resource
    ManagedThreadFactory threads;

    @EJB
    AccountingWriter writer;

    @Inject
    SpendGuard spend;

    private MeteringQueue<AccountingWriter.Metered> queue;

    @PostConstruct
    void start() {
        queue = new MeteringQueue<>("bizosaas-metering", writer::recordAll, Metering::breaksAConstraint,
                MOST_PER_BATCH, LINGER, threads);
    }

    /** A record the database refuses as such (SQL states 22: data, 23: integrity), not a database that is away. */
    static boolean breaksAConstraint(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void stop() {
        try {
            queue.close(Duration.ofSeconds(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Accounts a call; {@code before} is the budget status read before it (null when it could cost nothing). */
    public void record(ModelCall call, ModelBudgets.Status before) {
        queue.offer(new AccountingWriter.Metered(call, before));
        // after the hand-over: a budget re-read racing with this call may count it twice, never not at all
        spend.spent(call.getTenantId(), call.getCostUsd());
    }

    /** Waits (at most 5 s) until every call accounted on this node so far is written. */
    public void awaitWritten() {
        try {
            if (!queue.awaitWritten(LONGEST_WAIT)) {
                LOG.warning(() -> queue.backlog() + " model calls are still waiting to be accounted; reports miss them for now");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Calls accounted but not yet written. */
    public long backlog() {
        return queue.backlog();
    }
}
