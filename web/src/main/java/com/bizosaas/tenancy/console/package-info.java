/** The super-admin console: the tenant tree with tiers and status. */
package com.bizosaas.tenancy.console;
