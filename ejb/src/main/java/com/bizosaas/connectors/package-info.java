/**
 * Connectors (A4): how agents reach integrations. Every tool of the catalogue has a definition (parameters by what
 * it does, validated before any call) and runs either against the tenant's real account — for the integrations
 * with a real connector, when the tenant's vault holds the integration's credential — or in the sandbox, which
 * answers deterministically with plausible data labelled as sandbox.
 */
package com.bizosaas.connectors;
