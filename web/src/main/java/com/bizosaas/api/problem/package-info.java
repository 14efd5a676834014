/**
 * Errors of the API as RFC 9457 {@code application/problem+json}: a stable {@code type} a client can
 * switch on, the HTTP {@code status}, a {@code title} per type and a {@code detail} per occurrence.
 * Every exception that can leave a resource has a mapper here; none leaks internals.
 */
package com.bizosaas.api.problem;
