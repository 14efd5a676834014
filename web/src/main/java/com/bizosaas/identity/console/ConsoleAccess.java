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
import java.time.Instant;
import java.util.Optional;

/**
 * Guards the console pages. The signed-in user's tenant becomes the tenant of every transaction of the request; a
 * session whose user or tenant is no longer active ends at once (a suspended tenant's users are out on their next
 * click), as does one idle for longer than its organisation allows or clicking from a network it does not allow. A
 * user signed in only to set up the authenticator their organisation requires reaches nothing else until they have. Then each page admits only the audience its domain declared ({@link com.bizosaas.console.ConsoleArea}):
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
            Instant now = Instant.now();
            ConsoleSessions.Verdict verdict = sessions.check(session.getTenantId(), session.getUserId(), session.getRole(),
                    session.getSignedInAt(), request.getRemoteAddr());
            String ended = switch (verdict.ending()) {
                case ACCESS_CHANGED -> "1";
                case NETWORK -> "network";
                case NONE -> session.idleLongerThan(verdict.idleTimeout(), now) ? "idle" : null;
            };
            if (ended != null) {
                request.getSession().invalidate();
                redirect(request, response, "/login.xhtml?ended=" + ended);
                return;
            }
            if (!isBackgroundRefresh(request)) {
                session.seenAt(now);
            }
            // the container keeps the session a little longer than the organisation's timeout, which is checked here
            request.getSession().setMaxInactiveInterval((int) verdict.idleTimeout().plusMinutes(1).toSeconds());
            context.enter(session.getTenantId(), session.getUserId(), session.getEmail(), session.getRole(), request.getRemoteAddr());
        }
        ConsoleAreas.Access access = areas.access(path);
        if (session.mustEnrol() && !access.open() && !TwoStepView.PAGE.equals(path)) {
            redirect(request, response, TwoStepView.PAGE);
        } else if (access.open()) {
            chain.doFilter(request, response);
        } else if (!session.isSignedIn()) {
            redirect(request, response, "/login.xhtml");
        } else if (!access.declared()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!access.admits(session.getRole())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * A page's own periodic refresh (a {@code p:poll} whose id is {@value #BACKGROUND_REFRESH}) is not somebody at work:
     * it keeps no session from going idle.
     */
    static final String BACKGROUND_REFRESH = "refresh";

    private static boolean isBackgroundRefresh(HttpServletRequest request) {
        String source = request.getParameter("jakarta.faces.source");
        return source != null && (source.equals(BACKGROUND_REFRESH) || source.endsWith(":" + BACKGROUND_REFRESH));
    }

    /**
     * A redirect the page follows: an Ajax request (a click, a poll) is told in the partial response Faces reads, which
     * then navigates, where a plain 302 would hand the script a whole page it cannot use.
     */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String url = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
