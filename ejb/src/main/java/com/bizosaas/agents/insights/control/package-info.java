/** Finding "Insight: …" lines in an answer and writing the notes a prompt is given. */
package com.bizosaas.agents.insights.control;
