/**
 * Messaging conventions shared by every domain, in one jar: the destinations (names match
 * {@code wildfly-config/configure.cli}), the versioned JSON envelope of a domain event, the publisher that sends it
 * inside the caller's transaction, and the consumers' side: {@link com.bizosaas.messaging.Deliveries} (a message
 * to "this tenant, this bean call"), {@link com.bizosaas.messaging.DeadLetters} (the one shape of a dead-letter
 * consumer), the {@link com.bizosaas.messaging.MessageKind} each domain declares for its messages, and the
 * {@link com.bizosaas.messaging.Inbox} that makes a consumer idempotent. The message-driven beans themselves stay
 * in their domains' packages, with their activation config.
 */
package com.bizosaas.messaging;
