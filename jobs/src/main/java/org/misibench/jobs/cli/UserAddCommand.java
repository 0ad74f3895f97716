package org.misibench.jobs.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.store.SchemaMigrations;
import org.misibench.jobs.users.Role;
import org.misibench.jobs.users.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code misi user add NAME --role admin}: creates a console user, or resets the password and
 * role of an existing one. The password is read from the terminal (twice, not echoed) or, when
 * stdin is not a terminal, from its first line, so scripts can pipe it in; never from an option,
 * where it would land in the shell history and in {@code ps}.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a console user, or reset an existing user's password and role.",
                "Reads the password from the terminal, or from the first line of stdin when piped."})
final class UserAddCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "User name: letters, digits, '.', '_' or '-', starting with a letter.")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "curator",
            description = "curator (reviews items) or admin (also manages users); default: ${DEFAULT-VALUE}.")
    String role;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder whose database holds the users (default: var/ in the repository).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Role parsedRole;
        try {
            parsedRole = Role.of(role);
        } catch (IllegalArgumentException e) {
            System.err.println("user add: " + e.getMessage());
            return 2;
        }
        char[] password = readPassword();
        if (password == null) {
            System.err.println("user add: no password given (type it, or pipe it on stdin)");
            return 2;
        }
        Path outDir = out != null ? out : Misi.home().resolve("var");
        LibraryLog.redirectTo(outDir.resolve("logs").resolve("misi.log"));
        try {
            // the same file and URL as the runner and the console's server (AUTO_SERVER: either may hold it)
            DataSource db = EmbeddedDatabase.dataSource(EmbeddedDatabase.url(outDir.resolve("db")));
            SchemaMigrations.migrate(db);
            boolean added = new UserStore(db).put(name, password, parsedRole);
            System.out.println("user " + name + " (" + parsedRole.dbName() + ") " + (added ? "added" : "updated")
                    + " in " + outDir.resolve("db").resolve("misi.mv.db"));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("user add: " + e.getMessage());
            return 2;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] readPassword() throws Exception {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                System.err.println("user add: the passwords differ");
                return null;
            }
            Arrays.fill(again, '\0');
            return first.length == 0 ? null : first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null || line.isEmpty() ? null : line.toCharArray();
    }
}
