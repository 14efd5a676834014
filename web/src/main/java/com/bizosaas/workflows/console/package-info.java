/** The workflows console: definitions and templates, the editor with its diagram, and a run's live view. */
package com.bizosaas.workflows.console;
