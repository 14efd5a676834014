/** The audit trail of administrative and security-relevant actions. */
package com.bizosaas.audit.entity;
