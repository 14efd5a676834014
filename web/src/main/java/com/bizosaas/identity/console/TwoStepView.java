package com.bizosaas.identity.console;

import com.bizosaas.console.Messages;
import com.bizosaas.identity.boundary.Authenticators;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The "Two-step sign-in" page: set up an authenticator app (scan the QR code or type the secret, confirm with the
 * app's code, keep the recovery codes shown once), renew the recovery codes, turn it off. A user whose organisation
 * requires it is sent here after signing in, and reaches nothing else until it is set up.
 */
@Named
@ViewScoped
public class TwoStepView implements Serializable {

    static final String PAGE = "/identity/two-step.xhtml";
    private static final long serialVersionUID = 1L;

    @EJB
    transient Authenticators authenticators;

    @Inject
    ConsoleSession session;

    private Authenticators.Status status;
    private String secret;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes = List.of();

    public Authenticators.Status getStatus() {
        if (status == null) {
            status = authenticators.status();
        }
        return status;
    }

    public void begin() {
        Messages.attempt(() -> {
            Authenticators.Enrolment enrolment = authenticators.begin();
            secret = enrolment.secret();
            qrCode = QrCode.svgDataUri(enrolment.provisioningUri());
            return "Scan the code with your authenticator app, then enter the 6-digit code it shows";
        });
    }

    public void confirm() {
        Messages.attempt(() -> {
            recoveryCodes = authenticators.confirm(code);
            secret = null;
            qrCode = null;
            status = null;
            session.enrolled();
            return "Two-step sign-in is on. Keep the recovery codes below somewhere safe: they are shown only now";
        });
        code = null;
    }

    public void renewRecoveryCodes() {
        Messages.attempt(() -> {
            recoveryCodes = authenticators.renewRecoveryCodes(code);
            status = null;
            return "New recovery codes: the earlier ones no longer work. They are shown only now";
        });
        code = null;
    }

    public void remove() {
        Messages.attempt(() -> {
            authenticators.remove(code);
            status = null;
            recoveryCodes = List.of();
            return "Two-step sign-in is off";
        });
        code = null;
    }

    /** Whether the page is in the middle of a setup (a secret shown, not yet confirmed). */
    public boolean isSettingUp() {
        return secret != null;
    }

    public boolean isMustEnrol() {
        return session.mustEnrol();
    }

    public String getSecret() {
        return secret == null ? null : secret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
