/** Deciding on tasks that wait for a person (A5): approve, with edits checked again; reject; escalate past the due time. */
package com.bizosaas.agents.approvals.boundary;
