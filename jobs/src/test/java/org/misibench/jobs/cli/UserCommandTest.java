package org.misibench.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.users.PasswordHash;
import org.misibench.jobs.users.Role;
import org.misibench.jobs.users.UserStore;

/** {@code misi user add} as an admin runs it, with the password piped on stdin. */
class UserCommandTest {

    @TempDir
    Path dir;

    @Test
    void addsTheFirstAdminWithABcryptHashAndResetsItOnASecondRun() throws Exception {
        Run added = misi("s3cret-enough\n", "user", "add", "ada", "--role", "admin", "--out", dir.toString());
        assertEquals(0, added.exitCode, added.output);
        assertTrue(added.output.contains("user ada (admin) added in " + dir.resolve("db").resolve("misi.mv.db")), added.output);

        Run reset = misi("another-password\n", "user", "add", "ada", "--role", "admin", "--out", dir.toString());
        assertEquals(0, reset.exitCode, reset.output);
        assertTrue(reset.output.contains("user ada (admin) updated"), reset.output);

        UserStore users = new UserStore(EmbeddedDatabase.dataSource(EmbeddedDatabase.url(dir.resolve("db"))));
        assertEquals(Role.ADMIN, users.list().get(0).role());
        assertTrue(PasswordHash.matches("another-password".toCharArray(), users.passwordHash("ada").orElseThrow()));
    }

    @Test
    void aBadRoleOrNoPasswordIsAUsageError() throws Exception {
        Run badRole = misi("s3cret-enough\n", "user", "add", "ada", "--role", "root", "--out", dir.toString());
        assertEquals(2, badRole.exitCode, badRole.output);
        assertTrue(badRole.output.contains("unknown role 'root'"), badRole.output);
        Run noPassword = misi("", "user", "add", "ada", "--out", dir.toString());
        assertEquals(2, noPassword.exitCode, noPassword.output);
        Run shortPassword = misi("short\n", "user", "add", "ada", "--out", dir.toString());
        assertEquals(2, shortPassword.exitCode, shortPassword.output);
        assertTrue(shortPassword.output.contains("at least 8 characters"), shortPassword.output);
    }

    private static Run misi(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Misi.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitCode, String output) {
    }
}
