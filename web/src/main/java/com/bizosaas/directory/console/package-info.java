/** The business directory's console (issue 16): for now only its place in the menu, marked "coming soon". */
package com.bizosaas.directory.console;
