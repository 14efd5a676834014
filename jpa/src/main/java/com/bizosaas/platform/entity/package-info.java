/** The platform's own records: announcements on the status page and the journal of domain events. */
package com.bizosaas.platform.entity;
