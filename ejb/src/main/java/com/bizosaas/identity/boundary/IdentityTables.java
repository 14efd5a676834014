package com.bizosaas.identity.boundary;

import com.bizosaas.datamap.TenantData;
import com.bizosaas.datamap.TenantTable;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/**
 * The identity domain's tenant-owned tables: users, invitations, API tokens, two-step sign-in (authenticators, recovery
 * codes; never their secrets in an export), the sign-in policy, and the two sign-in lookups.
 */
@Dependent
public class IdentityTables implements TenantData {

    @Override
    public List<TenantTable> tables() {
        return List.of(
                TenantTable.exported("app_user", "users.json",
                        "select id, email, display_name, role, status, created_at, last_login_at from bizosaas.app_user"),
                TenantTable.exported("invitation", "invitations.json",
                        "select id, email, role, invited_by, created_at, expires_at, accepted_at from bizosaas.invitation"),
                TenantTable.exported("api_token", "api-tokens.json",
                        "select jti, user_id, issued_at, expires_at, revoked_at from bizosaas.api_token"),
                TenantTable.exported("user_authenticator", "authenticators.json",
                        "select user_id, created_at, confirmed_at from bizosaas.user_authenticator"),
                TenantTable.exported("recovery_code", "recovery-codes.json",
                        "select user_id, created_at, used_at from bizosaas.recovery_code"),
                TenantTable.exported("sign_in_policy", "sign-in-policy.json",
                        "select two_step_roles, idle_seconds, allowed_networks, updated_at, updated_by from bizosaas.sign_in_policy"),
                TenantTable.lookup("login_identity", "finds the tenant of an e-mail address at sign-in, before any tenant "
                        + "is known; read only through a security-definer function"),
                TenantTable.lookup("invitation_lookup", "finds the tenant of an invitation link before anyone is signed "
                        + "in; read only through a security-definer function"));
    }
}
