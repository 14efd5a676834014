/** Recording and reading the audit trail (T4); its table is declared kept after offboarding, as evidence. */
package com.bizosaas.audit.boundary;
