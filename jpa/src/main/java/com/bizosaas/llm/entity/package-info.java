/**
 * What the language-model gateway keeps: every call's accounting ({@link com.bizosaas.llm.entity.ModelCall}),
 * each tenant's budgets ({@link com.bizosaas.llm.entity.ModelBudget}) and the semantic cache
 * ({@link com.bizosaas.llm.entity.CacheEntry}). All tenant-owned, under row-level security.
 */
package com.bizosaas.llm.entity;
