package org.misibench.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Who is signed in, for the page header, and signing out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public String getName() {
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    public boolean isAdmin() {
        return request.isUserInRole("admin");
    }

    /** Ends the session entirely (not only the identity), so no view state outlives the sign-out. */
    public String signOut() throws ServletException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        context.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
