package com.bizosaas.platform.control;

import com.bizosaas.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.temporal.ChronoUnit;

/**
 * Asks the broker whether it serves the agent-tasks queue. Health checks and the status page call it
 * often; Fault Tolerance keeps a hanging broker from hanging them (timeout), stops hammering a broker that
 * keeps failing (circuit breaker) and turns every failure into a DOWN answer (fallback).
 */
@ApplicationScoped
public class BrokerProbe {

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unreachable")
    public ProbeResult probe() {
        long started = System.nanoTime();
        // Looked up on every probe, not injected once: a queue an operator removed is a DOWN broker,
        // not a bean that cannot be created.
        Queue agentTasks = lookupAgentTasks();
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = context.createBrowser(agentTasks)) {
            int waiting = java.util.Collections.list(browser.getEnumeration()).size();
            return ProbeResult.up("agent-tasks queue reachable, " + waiting + " waiting", elapsedMillis(started));
        } catch (jakarta.jms.JMSException e) {
            throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    private static Queue lookupAgentTasks() {
        try {
            return InitialContext.doLookup(Destinations.AGENT_TASKS_QUEUE);
        } catch (NamingException e) {
            throw new IllegalStateException("agent-tasks queue is not bound", e);
        }
    }

    ProbeResult unreachable() {
        return ProbeResult.down("broker unreachable (agent-tasks queue missing, refused, or slower than 2 s)", -1);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
