/** The tenant registry's API. */
package com.bizosaas.tenancy.api;
