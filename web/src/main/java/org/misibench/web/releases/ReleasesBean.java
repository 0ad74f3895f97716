package org.misibench.web.releases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;
import org.misibench.jobs.items.DataFolder;
import org.misibench.jobs.releases.ReleaseDiff;
import org.misibench.jobs.releases.ReleaseRecord;
import org.misibench.web.console.Messages;

/**
 * The releases page (/admin/releases.xhtml): freeze, list, compare. View-scoped so the page can
 * follow the export it started until the release appears in the list.
 */
@Named
@ViewScoped
public class ReleasesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReleaseAdminService service;

    private String name;
    private String from;
    private String to;
    private Long freezing;
    private transient List<ReleaseRecord> releases = List.of();
    private transient ReleaseDiff diff;

    @PostConstruct
    void init() {
        reload();
    }

    public void freeze() {
        try {
            freezing = service.freeze(name);
            Messages.info("Freezing the approved items as release " + name.strip() + " (execution " + freezing + ").");
        } catch (SQLException | RuntimeException e) {
            Messages.error("Not frozen", e);
        }
        reload();
    }

    public void compare() {
        try {
            diff = service.compare(from, to);
        } catch (SQLException | RuntimeException e) {
            diff = null;
            Messages.error("Cannot compare", e);
        }
        reload();
    }

    public void reload() {
        try {
            releases = service.releases();
        } catch (SQLException e) {
            Messages.error("Cannot read the releases", e);
        }
        if (releases.size() >= 2 && from == null && to == null) {
            to = releases.get(0).name();
            from = releases.get(1).name();
        }
    }

    /** The export this page started, while the page is open: its status, or null. */
    public String getFreezingStatus() {
        return freezing == null ? null : service.exportStatus(freezing);
    }

    /** Where the release folder is on the server. */
    public String folder(String release) {
        return DataFolder.resolve(null).resolve("releases").resolve(release).toString();
    }

    /** Tasks of either release of the comparison, in order. */
    public List<String> getDiffTasks() {
        TreeSet<String> tasks = new TreeSet<>(diff.fromPerTask().keySet());
        tasks.addAll(diff.toPerTask().keySet());
        return List.copyOf(tasks);
    }

    public String when(java.time.Instant instant) {
        return instant.toString().substring(0, 19).replace('T', ' ');
    }

    public List<ReleaseRecord> getReleases() { return releases == null ? List.of() : releases; }
    public ReleaseDiff getDiff() { return diff; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
