package org.misibench.web.jobs;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.misibench.jobs.export.ReleaseNames;

/**
 * What the jobs page's start form asks for, checked and turned into job parameters. Each job gets
 * only the parameters it reads (misi-steps.xml); every value is checked here, because job
 * parameters become file paths, folder names and SQL values further down.
 */
public class JobRequest implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TASKS = Pattern.compile("all|T[1-9](,T[1-9])*");
    private static final Set<String> STATES = Set.of("approved", "pending", "flagged", "rejected", "all");

    /**
     * The most the advanced "slow down" field accepts: 10 s per complex keeps the bundled sample
     * (14 complexes) under three minutes, and no value can hold a job for hours.
     */
    static final long MAX_SLOWDOWN_MILLIS = 10_000;

    private String job = "prepare";
    private String input = "sample";
    private String tasks = "all";
    private String size;
    private String seed;
    private String release;
    private String state = "approved";
    private String slowdown;

    /** The job parameters, or IllegalArgumentException naming the first bad field. */
    public Properties parameters(String requestedBy) {
        if (!JobService.STARTABLE.contains(job)) {
            throw new IllegalArgumentException("unknown job '" + job + "'");
        }
        Properties p = new Properties();
        if (!job.equals("export")) {
            p.setProperty("input", input());
            // the processors' test hook (TestHooks): a wait per complex, so a small input runs long enough to stop
            putNumber(p, "slowdownMillis", slowdown, 0, MAX_SLOWDOWN_MILLIS);
        }
        if (job.startsWith("generate")) {
            String t = blank(tasks) ? "all" : tasks.replace(" ", "");
            if (!TASKS.matcher(t).matches()) {
                throw new IllegalArgumentException("tasks '" + tasks + "': all, or task labels like T1,T4,T9");
            }
            p.setProperty("tasks", t);
            putNumber(p, "size", size, 16, 4096);
            putNumber(p, "seed", seed, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (job.equals("export")) {
            if (blank(release)) {
                throw new IllegalArgumentException("an export needs a release name");
            }
            String name = ReleaseNames.check(release.strip());
            if (name.equals(ReleaseNames.DRAFT)) {
                throw new IllegalArgumentException("'draft' is the release generate-benchmark replaces; choose another name");
            }
            if (!STATES.contains(state)) {
                throw new IllegalArgumentException("state '" + state + "': " + STATES);
            }
            p.setProperty("release", name);
            p.setProperty("state", state);
            p.setProperty("requestedBy", requestedBy);
        }
        return p;
    }

    /**
     * {@code sample}, or absolute paths on the server separated by commas. No relative paths and no
     * {@code ..}: an input names a folder the admin means, never one reached by walking up.
     */
    private String input() {
        String in = blank(input) ? "sample" : input.strip();
        if (in.equals("sample")) {
            return in;
        }
        for (String part : in.split(",")) {
            Path path = Path.of(part.strip());
            if (!path.isAbsolute() || !path.normalize().equals(path) || part.contains("..")) {
                throw new IllegalArgumentException("input '" + part.strip() + "': 'sample' or absolute paths without '..'");
            }
        }
        return in;
    }

    private static void putNumber(Properties p, String name, String value, long min, long max) {
        if (blank(value)) {
            return;
        }
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " " + n + " is outside " + min + "–" + max);
        }
        p.setProperty(name, Long.toString(n));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getJob() { return job; }
    public void setJob(String job) { this.job = job; }
    public String getInput() { return input; }
    public void setInput(String input) { this.input = input; }
    public String getTasks() { return tasks; }
    public void setTasks(String tasks) { this.tasks = tasks; }
    public String getSize() { return size; }
    public void setSize(String size) { this.size = size; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
    public String getRelease() { return release; }
    public void setRelease(String release) { this.release = release; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getSlowdown() { return slowdown; }
    public void setSlowdown(String slowdown) { this.slowdown = slowdown; }
}
