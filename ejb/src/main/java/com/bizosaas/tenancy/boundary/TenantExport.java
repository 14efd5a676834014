package com.bizosaas.tenancy.boundary;

import com.bizosaas.json.Jsonp;
import com.bizosaas.tenancy.entity.Tenant;
import com.bizosaas.llm.boundary.Metering;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything a tenant owns, as a ZIP of JSON files, read under that tenant's row-level security (a bean of
 * its own, so the caller's switch to the tenant applies). Secrets leave as they are stored — encrypted — and
 * password and token hashes not at all.
 */
@Stateless
public class TenantExport {

    /** File name → query of the tenant-owned table, each column exported as text. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("users.json", "select id, email, display_name, role, status, created_at, last_login_at from bizosaas.app_user"),
            Map.entry("invitations.json", "select id, email, role, invited_by, created_at, expires_at, accepted_at from bizosaas.invitation"),
            Map.entry("api-tokens.json", "select jti, user_id, issued_at, expires_at, revoked_at from bizosaas.api_token"),
            Map.entry("credentials.json", "select name, encode(ciphertext, 'base64') as ciphertext, encode(nonce, 'base64') as nonce, "
                    + "key_id, last4, created_at, rotated_at from bizosaas.credential"),
            Map.entry("audit-trail.json", "select occurred_at, actor, action, target, before_state, after_state, source_ip "
                    + "from bizosaas.audit_event order by occurred_at"),
            Map.entry("model-calls.json", "select occurred_at, feature, agent_id, provider, model, tier, prompt_tokens, completion_tokens, "
                    + "cost_usd, saved_usd, saved_tokens, latency_ms, cache_hit, fallback_used, failures "
                    + "from bizosaas.model_call order by occurred_at"),
            Map.entry("model-budget.json", "select daily_usd, monthly_usd from bizosaas.model_budget"),
            Map.entry("cached-answers.json", "select prompt, answer, provider, model, created_at, expires_at from bizosaas.semantic_cache_entry"),
            Map.entry("agent-tasks.json", "select t.id, a.slug as agent, t.state, t.input, t.result, t.error, t.provider, t.model, t.cost_usd, "
                    + "t.attempts, t.submitted_by, t.queued_at, t.started_at, t.finished_at, t.tool, t.tool_arguments "
                    + "from bizosaas.agent_task t join bizosaas.agent a on a.id = t.agent_id order by t.queued_at"),
            Map.entry("agent-configurations.json", "select a.slug as agent, c.version, c.enabled, c.prompt_template, c.tools, c.model_tier, "
                    + "c.temperature, c.max_tokens, c.note, c.restored_from, c.changed_by, c.changed_at "
                    + "from bizosaas.agent_configuration c join bizosaas.agent a on a.id = c.agent_id order by a.slug, c.version"),
            Map.entry("agent-tool-calls.json", "select t.task_id, t.seq, t.tool, t.arguments, t.state, t.sandbox, t.result, "
                    + "t.started_at, t.finished_at from bizosaas.agent_tool_call t order by t.started_at, t.seq"),
            Map.entry("agent-alert-rules.json", "select id, name, agent_id, metric, threshold, window_minutes, min_tasks, firing, "
                    + "created_by, created_at from bizosaas.agent_alert_rule order by name"),
            Map.entry("agent-alerts.json", "select id, rule_id, rule_name, message, observed, fired_at, resolved_at, acknowledged_by, "
                    + "acknowledged_at from bizosaas.agent_alert order by fired_at"),
            Map.entry("agent-insights.json", "select i.id, a.slug as agent, i.category, i.task_id, i.text, i.created_at "
                    + "from bizosaas.agent_insight i join bizosaas.agent a on a.id = i.agent_id order by i.created_at"),
            Map.entry("workflows.json", "select id, name, description, definition, template_key, version, created_by, created_at, "
                    + "updated_at from bizosaas.workflow order by name"),
            Map.entry("workflow-runs.json", "select id, workflow_id, workflow_name, definition, input, state, outcome, started_by, "
                    + "started_at, finished_at from bizosaas.workflow_run order by started_at"),
            Map.entry("workflow-steps.json", "select run_id, step_key, position, type, state, task_id, event_type, result, detail, "
                    + "decided_by, started_at, finished_at from bizosaas.workflow_step order by run_id, position"));

    @PersistenceContext(unitName = "bizosaas")
    EntityManager em;

    @EJB
    Metering metering;

    public byte[] archive(Tenant tenant) {
        // the model calls this node answered for the tenant are in the archive too
        metering.awaitWritten();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            write(zip, "tenant.json", Jsonp.createObjectBuilder()
                    .add("id", tenant.getId().toString()).add("name", tenant.getName()).add("slug", tenant.getSlug())
                    .add("tier", tenant.getTier().name()).add("status", tenant.getStatus().name())
                    .add("createdAt", tenant.getCreatedAt().toString()).build().toString());
            for (var table : TABLES.entrySet()) {
                write(zip, table.getKey(), rows(table.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private String rows(String query) {
        List<Tuple> rows = em.createNativeQuery(query, Tuple.class).getResultList();
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        for (Tuple row : rows) {
            JsonObjectBuilder object = Jsonp.createObjectBuilder();
            row.getElements().forEach(e -> {
                Object value = row.get(e.getAlias());
                if (value == null) {
                    object.addNull(e.getAlias());
                } else {
                    object.add(e.getAlias(), value.toString());
                }
            });
            array.add(object);
        }
        return array.build().toString();
    }

    private static void write(ZipOutputStream zip, String name, String json) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(json.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
