/** The agent-management console: the catalogue, running a task, and the tenant's tasks with live states. */
package com.bizosaas.agents.console;
