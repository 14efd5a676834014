package com.bizosaas.identity.console;

import jakarta.servlet.http.HttpServletRequest;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.security.Principal;

/**
 * What the identity provider said about the address it vouched for, read from its ID token — which WildFly's OIDC
 * client has already checked: signed by the provider's key, issued by the configured provider (the issuer is pinned
 * by {@code provider-url}), for this client, not expired. An address counts only when the provider says it verified
 * it ({@code email_verified}: true): a provider that lets anyone type any address must not sign anyone in as its
 * owner (issue 14). Kept apart from {@link SingleSignOn} so that the OIDC classes are touched only on that path.
 */
final class ProviderIdentity {

    private ProviderIdentity() {
    }

    /** Whether the provider's ID token says it verified the address it vouched for. */
    static boolean verifiedAddress(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        OidcSecurityContext security = principal instanceof OidcPrincipal<?> oidc ? oidc.getOidcSecurityContext()
                : (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
        IDToken token = security == null ? null : security.getIDToken();
        return token != null && Boolean.TRUE.equals(token.getEmailVerified());
    }
}
