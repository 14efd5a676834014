package com.bizosaas.identity.console;

import com.bizosaas.console.ConsoleAreas;
import com.bizosaas.identity.boundary.SignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/** The consoles' sign-in form and sign-out. */
@Named
@RequestScoped
public class SignInView {

    @EJB
    SignIn signIn;

    @Inject
    ConsoleSession session;

    @Inject
    ConsoleAreas areas;

    /** Whether single sign-on through an OpenID Connect provider is configured (wildfly-config/oidc.cli). */
    @Inject
    @ConfigProperty(name = "bizosaas.sso.enabled", defaultValue = "false")
    boolean ssoEnabled;

    private String email;
    private String password;
    private String code;
    private String ssoRefusal;
    private boolean ssoRefusalRead;

    public boolean isSsoEnabled() {
        return ssoEnabled;
    }

    /** Why the last single sign-on was refused: said on the page that follows it, once. */
    public String getSsoRefusal() {
        if (!ssoRefusalRead) {
            ssoRefusalRead = true;
            HttpSession http = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            if (http != null) {
                ssoRefusal = (String) http.getAttribute(SingleSignOn.REFUSAL);
                http.removeAttribute(SingleSignOn.REFUSAL);
            }
        }
        return ssoRefusal;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignIn.Outcome outcome = signIn.attempt(email, password == null ? null : password.toCharArray(), request.getRemoteAddr());
        password = null;
        if (outcome.awaitsCode()) {
            request.changeSessionId(); // half signed in is already more than before: a new id
            session.awaitCode(outcome.proved().get());
            return; // the page shows the code's field now
        }
        enter(outcome, faces);
    }

    /** The second step: the code from the authenticator app, or a recovery code. */
    public void confirmCode() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (!session.isAwaitingCode()) {
            session.forgetAwaitedCode();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Not signed in",
                    "the code was asked for more than five minutes ago: sign in with your password again"));
            return;
        }
        SignIn.Outcome outcome = signIn.secondStep(session.getAwaitingTenantId(), session.getAwaitingUserId(),
                session.getAwaitingEmail(), code, request.getRemoteAddr());
        code = null;
        if (outcome.user().isEmpty() && !outcome.codeMayBeTriedAgain()) {
            session.forgetAwaitedCode(); // locked, disabled, throttled: back to the password
        }
        enter(outcome, faces);
    }

    /** Back from the code to the password (another account, or no authenticator at hand). */
    public void cancelCode() {
        session.forgetAwaitedCode();
    }

    public boolean isAwaitingCode() {
        return session.isAwaitingCode();
    }

    private void enter(SignIn.Outcome outcome, FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (outcome.awaitsEnrolment()) {
            request.changeSessionId();
            session.signedInToEnrol(outcome.proved().get());
            external.getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "One more step",
                    "your organisation requires two-step sign-in for your role: set up an authenticator app to go on"));
            external.redirect(external.getRequestContextPath() + TwoStepView.PAGE);
            return;
        }
        if (outcome.user().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not signed in", outcome.refusal()));
            faces.validationFailed();
            return;
        }
        request.changeSessionId(); // a session id known before sign-in is worthless after it
        session.signedIn(outcome.user().get());
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Welcome, " + session.getDisplayName(), null));
        external.redirect(external.getRequestContextPath() + areas.landingFor(session.getRole()));
    }

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
