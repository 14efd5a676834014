/** The catalogue's definitions — 88 agents over 41 integrations, their roles, goals, prompt templates and tools — as plain data. */
package com.bizosaas.agents.catalogue.control;
