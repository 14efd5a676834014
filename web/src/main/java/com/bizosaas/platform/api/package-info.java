/** The platform domain's JSON API: status, announcements and the journal of domain events. */
package com.bizosaas.platform.api;
