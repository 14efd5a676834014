/** Each organisation's configuration of an agent as versions (A2): in force, history, compare, change, restore. */
package com.bizosaas.agents.configuration.boundary;
