-- Issue 14 (LLM01): an insight is text an agent's answer wrote, and an answer may have been steered by what a tool
-- returned; it is shared with the category's other agents only after an administrator accepts it. Insights kept
-- before this rule start as not accepted: nobody has read them yet.
ALTER TABLE agent_insight ADD COLUMN accepted_by varchar(200);
ALTER TABLE agent_insight ADD COLUMN accepted_at timestamptz;
ALTER TABLE agent_insight ADD CONSTRAINT agent_insight_accepted_together
    CHECK ((accepted_by IS NULL) = (accepted_at IS NULL));
CREATE INDEX agent_insight_shared ON agent_insight (tenant_id, category, created_at DESC) WHERE accepted_at IS NOT NULL;
GRANT UPDATE (accepted_by, accepted_at) ON agent_insight TO ${appRole};
