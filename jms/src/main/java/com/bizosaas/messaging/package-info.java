/**
 * Messaging conventions shared by every domain: the destinations (names match
 * {@code wildfly-config/configure.cli}), the versioned JSON envelope of a domain event, and the
 * publisher that sends it inside the caller's transaction.
 */
package com.bizosaas.messaging;
