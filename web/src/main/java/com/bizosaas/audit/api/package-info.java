/** The audit trail's API: search and CSV export. */
package com.bizosaas.audit.api;
