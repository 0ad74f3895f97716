package org.misibench.jobs.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * MISI.APP_USER: the console's users, which the server's Elytron jdbc-realm signs in. Passwords
 * are only ever stored as {@link PasswordHash bcrypt} hashes.
 */
public final class UserStore {

    /** Letters, digits and {@code . _ -}, starting with a letter: safe in logs, URLs and the audit trail. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

    /** Shorter passwords are refused: bcrypt cannot make a 4-character password hard to guess. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final DataSource dataSource;

    public UserStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Adds {@code username}, or replaces its password and role when it exists (so a forgotten
     * admin password is reset the same way). Returns true when the user is new.
     */
    public boolean put(String username, char[] password, Role role) throws SQLException {
        checkName(username);
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        String hash = PasswordHash.bcrypt(password);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE misi.app_user SET password_hash = ?, role = ? WHERE username = ?")) {
                update.setString(1, hash);
                update.setString(2, role.dbName());
                update.setString(3, username);
                if (update.executeUpdate() == 1) {
                    return false;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO misi.app_user (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, username);
                insert.setString(2, hash);
                insert.setString(3, role.dbName());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                return true;
            }
        }
    }

    public List<AppUser> list() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT username, role, created_at FROM misi.app_user ORDER BY username");
             ResultSet rs = s.executeQuery()) {
            List<AppUser> users = new ArrayList<>();
            while (rs.next()) {
                users.add(new AppUser(rs.getString(1), Role.of(rs.getString(2)), rs.getTimestamp(3).toInstant()));
            }
            return users;
        }
    }

    /** The stored hash, for checks; empty when there is no such user. */
    public Optional<String> passwordHash(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM misi.app_user WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void checkName(String username) {
        if (username == null || !NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name '" + username
                    + "': 1-64 letters, digits, '.', '_' or '-', starting with a letter");
        }
    }
}
