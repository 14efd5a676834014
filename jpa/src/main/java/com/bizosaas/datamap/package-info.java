/**
 * The platform's data map: each domain declares the tables it keeps per tenant ({@link com.bizosaas.datamap.TenantData},
 * {@link com.bizosaas.datamap.TenantTable}); the tenant registry exports and offboards by it, the isolation suite holds
 * it against PostgreSQL's catalogue. Depends on no domain.
 */
package com.bizosaas.datamap;
