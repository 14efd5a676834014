/** The consumers' side of messaging: the inbox that makes every consumer idempotent. */
package com.bizosaas.messaging;
