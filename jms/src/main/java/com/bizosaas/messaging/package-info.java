/**
 * Messaging conventions shared by every domain, in one jar: the destinations (names match
 * {@code wildfly-config/configure.cli}), the versioned JSON envelope of a domain event, the publisher that sends it
 * inside the caller's transaction, and the consumers' side — the inbox that makes a consumer idempotent.
 */
package com.bizosaas.messaging;
