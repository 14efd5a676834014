-- A6: a step waiting for an event may have a time limit; past it the step fails (and with it the run).
ALTER TABLE workflow_step ADD COLUMN due_at timestamptz;
