-- A5: a task waiting for approval is due by a deadline; when it passes undecided, the task is escalated once
-- (a domain event and the audit trail say so) and stays waiting.
ALTER TABLE agent_task ADD COLUMN approval_due_at timestamptz;
ALTER TABLE agent_task ADD COLUMN escalated_at    timestamptz;
CREATE INDEX agent_task_awaiting_due ON agent_task (tenant_id, approval_due_at) WHERE state = 'AWAITING_APPROVAL';
