/**
 * The language-model gateway (L1-L5): the one door through which every feature of the platform reaches a
 * model. {@link com.bizosaas.llm.boundary.Gateway} routes a request to a tier and a provider, falls back
 * along the chain (ending at the offline model), answers from the semantic cache when it can, and accounts
 * every call against the tenant's budgets.
 */
package com.bizosaas.llm.boundary;
