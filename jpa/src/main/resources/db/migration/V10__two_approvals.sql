-- A5: a task that can move a large sum needs two approvals, the second by another person, an administrator.
ALTER TABLE agent_task ADD COLUMN required_approvals smallint NOT NULL DEFAULT 0 CHECK (required_approvals BETWEEN 0 AND 2);
ALTER TABLE agent_task ADD COLUMN first_approved_by  varchar(254);
ALTER TABLE agent_task ADD COLUMN first_approved_at  timestamptz;
