/** Recording and reading the audit trail. */
package com.bizosaas.audit.boundary;
