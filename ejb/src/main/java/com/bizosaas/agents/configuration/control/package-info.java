/** What a role may set for an agent within its tier (ConfigurationRules) and how two versions differ (ConfigurationDiff). */
package com.bizosaas.agents.configuration.control;
