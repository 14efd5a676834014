/** Logic of the platform domain that does not need a transaction: probes and status rules. */
package com.bizosaas.platform.control;
