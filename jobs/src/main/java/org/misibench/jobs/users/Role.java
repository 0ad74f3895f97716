package org.misibench.jobs.users;

import java.util.Locale;

/** What a console user may do. An admin is also a curator (the server's role mapper adds it). */
public enum Role {
    CURATOR, ADMIN;

    /** The role's name as stored in MISI.APP_USER and used in web.xml and {@code @RolesAllowed}. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String name) {
        for (Role r : values()) {
            if (r.dbName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "': curator or admin");
    }
}
