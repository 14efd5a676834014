/** Sign-in for the consoles: the console session, the sign-in page and the filter that guards every page. */
package com.bizosaas.identity.console;
