package com.bizosaas.llm.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/** The model gateway's tenant-owned tables: calls, budget, cached answers and the daily spend they add up to. */
@Dependent
public class GatewayTables implements TenantData {

    @EJB
    Metering metering;

    @Override
    public List<TenantTable> tables() {
        return List.of(
                TenantTable.exported("model_call", "model-calls.json",
                        "select occurred_at, feature, agent_id, provider, model, tier, prompt_tokens, completion_tokens, "
                                + "cost_usd, saved_usd, saved_tokens, latency_ms, cache_hit, fallback_used, failures "
                                + "from bizosaas.model_call order by occurred_at"),
                TenantTable.exported("model_budget", "model-budget.json", "select daily_usd, monthly_usd from bizosaas.model_budget"),
                TenantTable.exported("semantic_cache_entry", "cached-answers.json",
                        "select prompt, answer, provider, model, created_at, expires_at from bizosaas.semantic_cache_entry"),
                TenantTable.notExported("model_spend_day", "the daily sums of model-calls.json, kept for the budget check"));
    }

    /** This node writes the calls it answered in batches: the ones still on their way belong in the archive too. */
    @Override
    public void beforeExport() {
        metering.awaitWritten();
    }
}
