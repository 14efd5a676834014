/** Agent logic that needs no server: the catalogue's definitions, with their roles, goals, prompt templates and tools. */
package com.bizosaas.agents.control;
