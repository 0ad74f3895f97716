package org.misibench.jobs.export;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.misibench.item.Generator;
import org.misibench.jobs.items.DataFolder;
import org.misibench.jobs.releases.RecordingItems;
import org.misibench.jobs.releases.ReleaseRecord;
import org.misibench.jobs.releases.ReleaseStore;
import org.misibench.jobs.store.ItemCursor;
import org.misibench.release.ReleaseInfo;
import org.misibench.release.ReleaseSummary;
import org.misibench.release.ReleaseWriter;
import org.misibench.release.Sha256Sums;

/**
 * Writes the items of one review state (default {@code approved}) as the release folder
 * {@code <data>/releases/<name>} (spec §7). Releases are immutable: exporting onto an existing
 * name fails, except the {@value ReleaseNames#DRAFT} release, which every generation run replaces.
 */
@Named
@Dependent
public class ReleaseExportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReleaseExportBatchlet.class.getName());
    private static final Set<String> STATES = Set.of("pending", "approved", "flagged", "rejected", "all");

    @Inject
    @BatchProperty
    String release;

    @Inject
    @BatchProperty
    String state;

    @Inject
    @BatchProperty
    String run;

    @Inject
    @BatchProperty
    String out;

    @Inject
    @BatchProperty
    String seed;

    @Inject
    @BatchProperty
    String size;

    @Inject
    @BatchProperty
    String requestedBy;

    @Inject
    JobContext jobContext;

    @Inject
    DataSource dataSource;

    @Override
    public String process() throws Exception {
        String name = ReleaseNames.check(blank(release) ? ReleaseNames.DRAFT : release.trim());
        String wanted = !blank(state) ? state.trim() : jobContext.getProperties().getProperty("exportState", "approved");
        if (!STATES.contains(wanted)) {
            throw new IllegalArgumentException("unknown review state '" + wanted + "' (" + String.join(", ", STATES) + ")");
        }
        Long runId = !blank(run) ? Long.valueOf(run.trim())
                : "this".equals(jobContext.getProperties().getProperty("exportRun")) ? jobContext.getInstanceId() : null;
        Path data = DataFolder.resolve(out);
        Path folder = data.resolve("releases").resolve(name);
        ReleaseInfo info = new ReleaseInfo(name, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Generator.version(), description(name, wanted, runId), settings(wanted, runId), licences());
        ReleaseSummary summary;
        try (ItemCursor items = ItemCursor.open(dataSource, wanted, runId)) {
            if (!items.hasNext() && !name.equals(ReleaseNames.DRAFT)) {
                throw new IllegalStateException("no " + wanted + " items to export as release " + name
                        + (wanted.equals("approved") ? ": approve items in the console first" : ""));
            }
            summary = name.equals(ReleaseNames.DRAFT)
                    ? ReleaseWriter.writeReplacing(folder, info, items, data.resolve("images"))
                    : writeRegistered(name, wanted, info, items, data.resolve("images"), folder);
        }
        LOG.info("release " + name + ": " + summary.items() + " items, " + summary.images() + " images in " + folder);
        jobContext.setExitStatus("EXPORTED " + summary.items() + " items to " + folder);
        return "EXPORTED";
    }

    /**
     * A named release is also registered (MISI.RELEASE_ITEM while its items stream, MISI.RELEASE once
     * the folder is in place), so the console can list and compare releases; the draft is not, as
     * every run replaces it. A failed write leaves item rows that the next attempt clears.
     */
    private ReleaseSummary writeRegistered(String name, String wanted, ReleaseInfo info, ItemCursor items, Path images,
                                           Path folder) throws Exception {
        ReleaseStore register = new ReleaseStore(dataSource);
        if (register.find(name).isPresent()) {
            throw new java.nio.file.FileAlreadyExistsException(name, null, "a release is never overwritten");
        }
        register.clearUnfinished(name);
        ReleaseSummary summary = ReleaseWriter.write(folder, info, new RecordingItems(items, register, name), images);
        register.finish(new ReleaseRecord(name, Instant.parse(info.createdAt()), blank(requestedBy)
                ? System.getProperty("user.name", "?") : requestedBy.trim(), wanted, summary.items(), summary.images(),
                Sha256Sums.sha256(folder.resolve("SHA256SUMS")), jobContext.getExecutionId()));
        return summary;
    }

    private Map<String, String> settings(String wanted, Long runId) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("state", wanted);
        if (runId != null) {
            settings.put("run", runId.toString());
        }
        if (!blank(seed)) {
            settings.put("seed", seed.trim());
        }
        if (!blank(size)) {
            settings.put("imageSize", size.trim());
        }
        return settings;
    }

    private static String description(String name, String wanted, Long runId) {
        if (name.equals(ReleaseNames.DRAFT)) {
            return "Draft of every item generation run " + runId + " made, before review. Not for scoring models.";
        }
        return "MiSI-Bench release " + name + ": the " + wanted + " items, as curators left them.";
    }

    /** The licences of the bundled sample's sources (the only input whose licences ship with the code). */
    private static String licences() throws IOException {
        try (InputStream in = ReleaseExportBatchlet.class.getResourceAsStream("/misi-sample/SOURCE.md")) {
            return in == null ? "See the SOURCE.md of the input the complexes came from."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
