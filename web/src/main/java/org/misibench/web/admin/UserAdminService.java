package org.misibench.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.misibench.jobs.users.AppUser;
import org.misibench.jobs.users.Role;
import org.misibench.jobs.users.UserStore;

/**
 * User management for admins. The role is checked here by the container as well as on the
 * /admin/ URLs, so a curator who posts the form by hand (or calls it from any other page) is refused.
 */
@Stateless
@RolesAllowed("admin")
public class UserAdminService {

    @Inject
    DataSource dataSource;

    public List<AppUser> users() {
        try {
            return new UserStore(dataSource).list();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list users: " + e.getMessage(), e);
        }
    }

    /** Adds a user or resets one's password and role; true when new. */
    public boolean put(String username, char[] password, Role role) {
        try {
            return new UserStore(dataSource).put(username, password, role);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store user " + username + ": " + e.getMessage(), e);
        }
    }
}
