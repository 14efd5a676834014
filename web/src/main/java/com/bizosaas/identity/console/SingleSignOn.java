package com.bizosaas.identity.console;

import com.bizosaas.console.ConsoleAreas;
import com.bizosaas.identity.boundary.SignIn;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.Principal;

/**
 * Single sign-on through an OpenID Connect provider (optional; {@code wildfly-config/oidc.cli} turns it on). This
 * path is the one the container protects with WildFly's {@code elytron-oidc-client}: by the time a request gets
 * here the provider has signed the user in and the container has checked its signed tokens, and the principal is
 * the address the provider vouched for — counted only when its ID token says the provider verified it
 * ({@link ProviderIdentity}). It then signs in the platform's account of that address, as the password
 * form does — same refusals, the same second step if the user has an authenticator, new session id, same audit
 * entry — or, refused, ends the session and says why on the
 * sign-in page. Without OIDC configured the path is simply forbidden.
 */
@WebServlet(SingleSignOn.PATH)
public class SingleSignOn extends HttpServlet {

    static final String PATH = "/sso/login";
    static final String REFUSAL = "bizosaas.sso.refusal";
    private static final long serialVersionUID = 1L;

    @EJB
    transient SignIn signIn;

    @Inject
    transient ConsoleSession session;

    @Inject
    transient ConsoleAreas areas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal vouched = request.getUserPrincipal();
        SignIn.Outcome outcome = signIn.singleSignOn(vouched == null ? null : vouched.getName(),
                ProviderIdentity.verifiedAddress(request), "OpenID Connect", request.getRemoteAddr());
        if (outcome.awaitsCode() || outcome.awaitsEnrolment()) {
            // the provider vouched for the address; the organisation's second step is still the platform's to ask
            request.changeSessionId();
            if (outcome.awaitsCode()) {
                session.awaitCode(outcome.proved().get());
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
            } else {
                session.signedInToEnrol(outcome.proved().get());
                response.sendRedirect(request.getContextPath() + TwoStepView.PAGE);
            }
            return;
        }
        if (outcome.user().isEmpty()) {
            request.getSession().invalidate(); // the provider's sign-in ends with it
            request.getSession(true).setAttribute(REFUSAL, outcome.refusal());
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        request.changeSessionId(); // a session id known before sign-in is worthless after it
        session.signedIn(outcome.user().get());
        response.sendRedirect(request.getContextPath() + areas.landingFor(session.getRole()));
    }
}
