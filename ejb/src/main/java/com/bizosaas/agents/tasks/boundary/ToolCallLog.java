package com.bizosaas.agents.tasks.boundary;

import com.bizosaas.access.TenantContext;
import com.bizosaas.agents.entity.ToolCall;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The record of a task's tool calls (A4). A call to a real API commits each step at once: it is on record as CALLING
 * before it leaves, so a node that stops during it leaves a trace its redelivery finds. (Calls that change nothing
 * outside go on record with the end of their attempt: {@link TaskTools}.)
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ToolCallLog {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    public ToolCall begin(UUID taskId, int seq, String tool, String arguments, boolean sandbox) {
        ToolCall call = new ToolCall(context.requireTenant(), taskId, seq, tool, arguments, sandbox, Instant.now());
        em.persist(call);
        return call;
    }

    public void finish(UUID callId, ToolCall.State outcome, String result) {
        em.find(ToolCall.class, callId).finish(outcome, result, Instant.now());
    }

    /** A task's calls in the order made; another tenant's task has none. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<ToolCall> of(UUID taskId) {
        return em.createQuery("select c from ToolCall c where c.taskId = :task order by c.seq", ToolCall.class)
                .setParameter("task", taskId).getResultList();
    }
}
