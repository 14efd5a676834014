/** Plain task logic: the conversation with the model and its tools, which tools are sensitive, how many approvals a task needs. */
package com.bizosaas.agents.tasks.control;
