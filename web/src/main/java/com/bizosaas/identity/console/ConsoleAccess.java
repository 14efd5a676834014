package com.bizosaas.identity.console;

import com.bizosaas.identity.boundary.ConsoleSessions;
import com.bizosaas.tenancy.control.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * Guards the console pages: the signed-in user's tenant becomes the tenant of every transaction of the
 * request, a session whose user or tenant is no longer active ends at once (a suspended tenant's users are
 * out on their next click), and each console area admits only its roles.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ConsoleAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Console areas by path prefix, and the roles each admits. */
    private static final Map<String, String[]> AREAS = Map.of(
            "/admin/", new String[]{"SUPER_ADMIN"},
            "/tenant/", new String[]{"SUPER_ADMIN", "TENANT_ADMIN"},
            "/agents/", new String[]{"SUPER_ADMIN", "TENANT_ADMIN", "MANAGER", "CLIENT", "SUPPORT_AGENT"});

    @Inject
    ConsoleSession session;

    @Inject
    TenantContext context;

    @EJB
    ConsoleSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (session.isSignedIn()) {
            if (!sessions.stillActive(session.getTenantId(), session.getUserId(), session.getRole())) {
                request.getSession().invalidate();
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=1");
                return;
            }
            context.enter(session.getTenantId(), session.getUserId(), session.getEmail(), session.getRole(), request.getRemoteAddr());
        }
        for (var area : AREAS.entrySet()) {
            if (path.startsWith(area.getKey()) && !session.hasRole(area.getValue())) {
                if (session.isSignedIn()) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login.xhtml");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Where a user lands after signing in. */
    static String homeOf(ConsoleSession session) {
        if (session.isSuperAdmin()) {
            return "/admin/tenants.xhtml";
        }
        return session.isAdministrator() ? "/tenant/users.xhtml" : "/index.xhtml";
    }
}
