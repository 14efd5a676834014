/** The audit trail in the consoles: search and CSV export. */
package com.bizosaas.audit.console;
