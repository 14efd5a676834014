package com.bizosaas.identity.console;

import com.bizosaas.errors.Refusal;
import com.bizosaas.identity.boundary.Invitations;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import java.io.IOException;
import java.io.Serializable;

/** The page an invitation link opens: choose a name and a password, then sign in. */
@Named
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invitations invitations;

    private String token;
    private String displayName;
    private String password;
    private Invitations.Offer offer;
    private String unusable;

    /** On opening the link: what it offers, or why it cannot be used (the form is then not shown). */
    public void load() {
        if (token == null || token.isBlank()) {
            unusable = "this page opens from an invitation link; ask your organisation's administrator for one";
            return;
        }
        try {
            offer = invitations.offer(token, ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest()).getRemoteAddr());
        } catch (Refusal refusal) {
            unusable = refusal.getMessage();
        }
    }

    public Invitations.Offer getOffer() {
        return offer;
    }

    public String getUnusable() {
        return unusable;
    }

    /** The role as people say it: "Tenant admin", "Manager". */
    public String getRoleName() {
        if (offer == null) {
            return "";
        }
        String words = offer.role().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public void accept() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            invitations.accept(token, displayName, password, ((HttpServletRequest) external.getRequest()).getRemoteAddr());
        } catch (Refusal refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
            return;
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations.getConstraintViolations().forEach(v ->
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null)));
            return;
        } finally {
            password = null;
        }
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your account is ready: sign in with your email address", null));
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
