package com.bizosaas.agents.boundary;

import com.bizosaas.agents.entity.ToolCall;
import com.bizosaas.tenancy.control.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of a task's tool calls (A4). Each step commits at once: a call is on record as CALLING before it
 * leaves, so a node that stops during it leaves a trace its redelivery finds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ToolCallLog {

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @Inject
    TenantContext context;

    public Optional<ToolCall> find(UUID taskId, int seq) {
        return em.createQuery("select c from ToolCall c where c.taskId = :task and c.seq = :seq", ToolCall.class)
                .setParameter("task", taskId).setParameter("seq", seq).getResultStream().findFirst();
    }

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
