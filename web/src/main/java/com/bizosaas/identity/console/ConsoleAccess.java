package com.bizosaas.identity.console;

import com.bizosaas.access.TenantContext;
import com.bizosaas.console.ConsoleAreas;
import com.bizosaas.identity.boundary.ConsoleSessions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Guards the console pages. The signed-in user's tenant becomes the tenant of every transaction of the request; a
 * session whose user or tenant is no longer active ends at once (a suspended tenant's users are out on their next
 * click). Then each page admits only the audience its domain declared ({@link com.bizosaas.console.ConsoleArea}):
 * default-deny — a visitor who is not signed in is sent to sign in from every page but the few declared open, and a
 * page no domain declared is refused to everyone. A page that moved redirects to where it is now.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ConsoleAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleSession session;

    @Inject
    TenantContext context;

    @Inject
    ConsoleAreas areas;

    @EJB
    ConsoleSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        Optional<String> movedTo = areas.movedTo(path);
        if (movedTo.isPresent()) {
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + movedTo.get() + (query == null ? "" : "?" + query));
            return;
        }
        if (session.isSignedIn()) {
            if (!sessions.stillActive(session.getTenantId(), session.getUserId(), session.getRole(), session.getSignedInAt())) {
                request.getSession().invalidate();
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=1");
                return;
            }
            context.enter(session.getTenantId(), session.getUserId(), session.getEmail(), session.getRole(), request.getRemoteAddr());
        }
        ConsoleAreas.Access access = areas.access(path);
        if (access.open()) {
            chain.doFilter(request, response);
        } else if (!session.isSignedIn()) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        } else if (!access.declared()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!access.admits(session.getRole())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }
}
