package com.bizosaas.messaging;

import com.bizosaas.access.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.Message;

/**
 * The one way a message-driven bean turns a delivery into "this tenant, this bean call": read the message, make its
 * tenant the tenant of every transaction the bean calls after that (the platform acting under the message's name,
 * see {@link MessageKind}), then call. Row-level security confines the call to that tenant, so a message naming
 * another tenant's task finds nothing.
 *
 * <p>A plain CDI bean on purpose, not an EJB: it touches no data and opens no transaction, and the tenant interceptor
 * does not run for it. A listener that leaves that interceptor out, so that its own transaction holds only the message
 * and commits in one phase, keeps that when it uses this.
 *
 * <p>Nothing here catches: a message that cannot be read, like a bean call that fails, rolls the delivery back, and the
 * broker's bounded redelivery ends in the dead-letter queue, where {@link DeadLetters} makes the failure visible.
 */
@Dependent
public class Deliveries {

    @Inject
    TenantContext context;

    /** The message's content, with the tenant it names entered. */
    public <M> M enter(Message message, MessageKind<M> kind) {
        return enter(kind, kind.read(message), "");
    }

    <M> M enter(MessageKind<M> kind, M content, String role) {
        context.enterAsPlatform(kind.tenantOf(content), kind.actor(content, role), null);
        return content;
    }
}
