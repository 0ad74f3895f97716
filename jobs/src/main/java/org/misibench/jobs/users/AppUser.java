package org.misibench.jobs.users;

import java.time.Instant;

/** One console user as listed to admins (never with the password hash). */
public record AppUser(String username, Role role, Instant createdAt) {
}
