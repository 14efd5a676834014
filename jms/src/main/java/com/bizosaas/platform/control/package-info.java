/** Probes of the platform's database and broker, shared by the status page and the health checks. */
package com.bizosaas.platform.control;
