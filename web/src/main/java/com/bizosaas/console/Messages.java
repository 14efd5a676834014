package com.bizosaas.console;

import com.bizosaas.errors.Refusal;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;

import java.util.function.Supplier;

/**
 * How console actions report: success as an info message, a refusal or invalid input as error messages
 * naming what to fix (the same words the API uses), and the request marked as failed so dialogs stay open.
 */
public final class Messages {

    private Messages() {
    }

    /** Runs an action that returns its success message. */
    public static boolean attempt(Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), null));
            return true;
        } catch (Refusal refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations.getConstraintViolations().forEach(v ->
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null)));
        }
        faces.validationFailed();
        return false;
    }

    /** Reports a refusal met outside an action (reading what a page shows) and marks the request as failed. */
    public static void refused(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        faces.validationFailed();
    }
}
