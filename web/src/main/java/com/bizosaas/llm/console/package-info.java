/**
 * The gateway's consoles: the cost dashboard (tenant administrators for their tenant, the super-admin for any)
 * and the providers page (super-admin): health, tiers, prices, cache settings and a prompt to try.
 */
package com.bizosaas.llm.console;
