/** The tenant registry: the agency and its clients, their tiers and status. */
package com.bizosaas.tenancy.entity;
