package org.misibench.jobs.export;

/**
 * Release names become folder names, so they are restricted to letters, digits, dot, dash and
 * underscore, must not start with a dot, and are at most 64 characters: no path traversal
 * ({@code ../x}), no hidden folders, nothing a shell or a URL would need to quote.
 */
public final class ReleaseNames {

    /** The release {@code ./misi generate} replaces on every run. */
    public static final String DRAFT = "draft";

    private ReleaseNames() {
    }

    public static String check(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("release name '" + name + "' is not allowed: use 1-64 letters, digits, "
                    + "'.', '-' or '_', not starting with '.'");
        }
        return name;
    }
}
