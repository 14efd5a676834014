/** The PRD builder's console (issue 17): for now only its place in the menu, marked "coming soon". */
package com.bizosaas.prd.console;
