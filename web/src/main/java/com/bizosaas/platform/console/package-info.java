/** The platform status page (the consoles' home): status, announcements, the journal of domain events. */
package com.bizosaas.platform.console;
