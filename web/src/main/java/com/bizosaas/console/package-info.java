/** What every console page shares: the layout's menu and the way pages report messages. */
package com.bizosaas.console;
