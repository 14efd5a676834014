package com.bizosaas.connectors.boundary;

import com.bizosaas.connectors.control.RealConnectors;
import com.bizosaas.connectors.control.Sandbox;
import com.bizosaas.connectors.control.ToolDefinition;
import com.bizosaas.connectors.control.ToolDefinitions;
import com.bizosaas.access.TenantContext;
import com.bizosaas.vault.boundary.Vault;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Runs tools for the caller's tenant: against the integration's real API when it has a real connector and the
 * tenant's vault holds its credential, else in the sandbox. No transaction is held while a third party answers;
 * reading the credential is audited in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Connectors {

    /** What a tool call gave, and whether it came from the sandbox. */
    public record Outcome(JsonObject data, boolean sandbox) {
    }

    @Inject
    TenantContext context;

    @Inject
    RealConnectors real;

    @EJB
    Vault vault;

    /** Whether a call of this tool would reach the real integration (it has a connector and the tenant a credential). */
    public boolean reachesRealApi(ToolDefinition tool) {
        return reachesRealApi(tool.integration());
    }

    /**
     * Whether the tools of the integration named so ("Stripe", "Google Analytics") reach its real API; in the
     * caller's transaction, if it has one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean reachesRealApi(String integrationName) {
        String integration = ToolDefinitions.key(integrationName);
        return real.of(integration).isPresent() && vault.holds(integration);
    }

    /**
     * Runs a tool call whose arguments {@link com.bizosaas.connectors.control.ToolArguments} checked.
     *
     * @throws com.bizosaas.connectors.control.ConnectorException the integration refused or could not be reached
     */
    public Outcome run(ToolDefinition tool, JsonObject arguments, String idempotencyKey) {
        var connector = real.of(tool.integration());
        if (connector.isPresent()) {
            var secret = vault.reveal(tool.integration());
            if (secret.isPresent()) {
                return new Outcome(connector.get().call(tool, arguments, secret.get(), idempotencyKey), false);
            }
        }
        return inSandbox(tool, arguments);
    }

    /** Runs a checked tool call in the sandbox, whatever the vault holds: deterministic, and nothing leaves. */
    public Outcome inSandbox(ToolDefinition tool, JsonObject arguments) {
        return new Outcome(Sandbox.answer(context.requireTenant(), tool, arguments), true);
    }
}
