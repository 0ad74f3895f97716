package org.misibench.web.console;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Page messages. An EJB wraps a runtime exception (a bad parameter, a job that cannot be restarted)
 * in an EJBException; the person at the page should read the reason, not the wrapper.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Shows why {@code e} happened, prefixed by what failed. */
    public static void error(String what, Exception e) {
        error(what + ": " + reason(e));
    }

    static String reason(Throwable e) {
        if (e instanceof EJBAccessException) {
            return "only admins may do this";
        }
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
