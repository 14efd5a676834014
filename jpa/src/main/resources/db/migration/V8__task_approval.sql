-- Human in the loop (A5): a task whose agent can act through a sensitive tool (payments, refunds, publishing,
-- sending messages) waits in AWAITING_APPROVAL until a manager or administrator approves (possibly with edited
-- input) or rejects it. What was asked for approval, and who decided what, stays with the task.
ALTER TABLE agent_task ADD COLUMN approval_reason varchar(500);
ALTER TABLE agent_task ADD COLUMN decided_by      varchar(254);
ALTER TABLE agent_task ADD COLUMN decided_at      timestamptz;
ALTER TABLE agent_task ADD COLUMN decision_note   varchar(1000);
