/**
 * Who is acting, for which tenant, and what they may do — the foundation every domain stands on.
 * {@link com.bizosaas.access.TenantContext} holds the caller and the tenant of the current request, message or
 * timer; {@link com.bizosaas.access.TenantTransactions} hands the tenant to PostgreSQL in every transaction, where
 * row-level security does the rest; {@link com.bizosaas.access.Allowed} declares who may call a boundary, in the
 * groups {@link com.bizosaas.access.RoleSet} names. It depends on no domain.
 */
package com.bizosaas.access;
