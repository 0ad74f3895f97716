package org.misibench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.misibench.jobs.users.AppUser;
import org.misibench.web.admin.UserAdminService;

/** {@code GET /api/admin/users}: the console's users (names, roles), for admins only. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AdminUsersResource {

    @Inject
    UserAdminService users;

    @GET
    public JsonArray list() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AppUser u : users.users()) {
            array.add(Json.createObjectBuilder().add("username", u.username()).add("role", u.role().dbName())
                    .add("createdAt", u.createdAt().toString()));
        }
        return array.build();
    }
}
