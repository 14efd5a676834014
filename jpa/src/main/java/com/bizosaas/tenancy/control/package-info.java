/** Tenant-context plumbing: who the current work is for, and how PostgreSQL learns it in every transaction. */
package com.bizosaas.tenancy.control;
