/** Backing beans of the platform status page. */
package com.bizosaas.platform.console;
