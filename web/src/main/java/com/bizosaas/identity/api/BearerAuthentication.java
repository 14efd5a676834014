package com.bizosaas.identity.api;

import com.bizosaas.api.problem.Problem;
import com.bizosaas.api.problem.ProblemType;
import com.bizosaas.api.problem.RefusalProblems;
import com.bizosaas.api.problem.RequestPath;
import com.bizosaas.tenancy.boundary.RateLimits;
import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.boundary.Tokens;
import com.bizosaas.access.TenantContext;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;
import java.util.Set;

/**
 * Every API request but the few public reads and the token request itself must carry
 * {@code Authorization: Bearer <token>}; the token's user becomes the caller, and its tenant the tenant
 * of every transaction the request runs. Then the tenant's rate limit is counted: past it, 429 with
 * {@code Retry-After}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    /** "METHOD path-prefix" pairs anyone may call. */
    private static final Set<String> PUBLIC = Set.of(
            "POST auth/token", "POST invitations/accept", "GET platform/status", "GET platform/announcements");

    @EJB
    Tokens tokens;

    @EJB
    RateLimits rateLimits;

    @Inject
    TenantContext context;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        String method = request.getMethod();
        if (PUBLIC.stream().anyMatch(p -> p.equals(method + " " + path) || isPublicRead(p, method, path))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(new RefusalProblems().withUriInfo(request.getUriInfo())
                    .toResponse(Refusal.unauthenticated("this request needs Authorization: Bearer <token>; get one at POST /api/v1/auth/token")));
            return;
        }
        try {
            tokens.authenticate(header.substring(7).strip(), http.getRemoteAddr());
        } catch (Refusal refusal) {
            request.abortWith(new RefusalProblems().withUriInfo(request.getUriInfo()).toResponse(refusal));
            return;
        }
        RateLimits.Decision quota = rateLimits.consume();
        if (!quota.allowed()) {
            request.abortWith(Problem.of(ProblemType.TOO_MANY_REQUESTS, "this organisation's tier allows " + quota.limit()
                            + " API requests a minute; retry in " + quota.retryAfterSeconds() + " s",
                    RequestPath.of(request.getUriInfo())).toResponseBuilder()
                    .header(HttpHeaders.RETRY_AFTER, quota.retryAfterSeconds()).build());
            return;
        }
        request.setSecurityContext(new CallerSecurity(context, request.getSecurityContext().isSecure()));
    }

    private static boolean isPublicRead(String pattern, String method, String path) {
        return pattern.startsWith("GET ") && "GET".equals(method) && path.startsWith(pattern.substring(4) + "/");
    }

    /** The JAX-RS view of the caller. */
    record CallerSecurity(TenantContext context, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            String name = context.actor();
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return context.role() != null && context.role().name().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
