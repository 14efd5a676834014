/**
 * The run command: PostgreSQL (embedded by default), the configured WildFly, the EAR deployed with the
 * operators' CLI script, and a clean stop on Ctrl-C. The integration tests and the benchmark start the
 * platform the same way, so what they measure is what a newcomer runs.
 */
package com.bizosaas.launcher;
