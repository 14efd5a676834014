/** The agents' API: the catalogue and background tasks under {@code /api/v1/agents}. */
package com.bizosaas.agents.api;
