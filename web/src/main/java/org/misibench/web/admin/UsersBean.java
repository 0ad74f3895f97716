package org.misibench.web.admin;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.misibench.jobs.users.AppUser;
import org.misibench.jobs.users.Role;

/** The admin page /admin/users.xhtml: who may sign in, and adding or resetting a user. */
@Named
@RequestScoped
public class UsersBean {

    @Inject
    UserAdminService service;

    private String username;
    private String password;
    private String role = "curator";

    public List<AppUser> getUsers() {
        return service.users();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            boolean added = service.put(username, password == null ? new char[0] : password.toCharArray(), Role.of(role));
            faces.addMessage(null, new FacesMessage("User " + username + (added ? " added." : " updated.")));
            username = null;
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Only admins manage users.", null));
        } finally {
            password = null;
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
}
