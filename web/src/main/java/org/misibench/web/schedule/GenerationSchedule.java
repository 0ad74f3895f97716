package org.misibench.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the configured generation job on a calendar (e.g. nightly) while the server runs. The
 * timer is not persistent: a night the server was down is not made up for at start-up, which
 * would surprise whoever just restarted it; the next night runs as usual.
 */
@Singleton
@Startup
public class GenerationSchedule {

    /** System property naming a schedule file that replaces the one packaged in the WAR. */
    public static final String FILE_PROPERTY = "misi.schedule";

    private static final Logger LOG = Logger.getLogger(GenerationSchedule.class.getName());

    @Resource
    TimerService timers;

    private ScheduleSettings settings;

    @PostConstruct
    void schedule() {
        settings = load();
        if (!settings.enabled()) {
            LOG.info("scheduled generation is off (schedule.properties: enabled = false)");
            return;
        }
        timers.createCalendarTimer(settings.expression(), new TimerConfig("scheduled " + settings.job(), false));
        LOG.info("scheduled " + settings.job() + " at hour " + settings.hour() + ", minute " + settings.minute()
                + ", days " + settings.dayOfWeek() + " with " + settings.parameters());
    }

    @Timeout
    void run(Timer timer) {
        long id = BatchRuntime.getJobOperator().start(settings.job(), settings.parameters());
        LOG.info("started scheduled " + settings.job() + ": execution " + id);
    }

    private static ScheduleSettings load() {
        String file = System.getProperty(FILE_PROPERTY);
        Properties p = new Properties();
        try {
            if (file != null && !file.isBlank()) {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    p.load(in);
                }
                return ScheduleSettings.from(p, file);
            }
            try (InputStream in = GenerationSchedule.class.getResourceAsStream("schedule.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return ScheduleSettings.from(p, "config/generation/schedule.properties");
        } catch (IOException e) {
            throw new UncheckedIOException("read schedule " + file, e);
        }
    }
}
