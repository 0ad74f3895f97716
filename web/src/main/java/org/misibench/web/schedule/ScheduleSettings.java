package org.misibench.web.schedule;

import jakarta.ejb.ScheduleExpression;
import java.util.Properties;
import java.util.Set;

/**
 * What {@code schedule.properties} asks for: whether to run, which job, when (EJB calendar
 * fields) and with which job parameters. A wrong value is an error naming the key, so a typo
 * fails the deployment loudly instead of silently never running.
 */
public record ScheduleSettings(boolean enabled, String job, String hour, String minute, String dayOfWeek,
                               Properties parameters) {

    /** Jobs a schedule may start (export needs a release name and a curator's decision, not a clock). */
    static final Set<String> SCHEDULABLE = Set.of("generate-benchmark", "generate", "prepare");

    public static ScheduleSettings from(Properties p, String origin) {
        String enabled = p.getProperty("enabled", "false").trim();
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalArgumentException(origin + ": 'enabled' must be true or false, was '" + enabled + "'");
        }
        String job = p.getProperty("job", "generate-benchmark").trim();
        if (!SCHEDULABLE.contains(job)) {
            throw new IllegalArgumentException(origin + ": 'job' must be one of " + SCHEDULABLE + ", was '" + job + "'");
        }
        Properties parameters = new Properties();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("parameter.")) {
                parameters.setProperty(key.substring("parameter.".length()), p.getProperty(key).trim());
            }
        }
        return new ScheduleSettings(Boolean.parseBoolean(enabled), job, field(p, "hour", "2", origin),
                field(p, "minute", "0", origin), field(p, "dayOfWeek", "*", origin), parameters);
    }

    /** The calendar expression of the timer. */
    public ScheduleExpression expression() {
        return new ScheduleExpression().hour(hour).minute(minute).dayOfWeek(dayOfWeek);
    }

    private static String field(Properties p, String key, String fallback, String origin) {
        String value = p.getProperty(key, fallback).trim();
        // the calendar syntax: numbers, names, *, ranges, lists and increments; nothing else
        if (!value.matches("[A-Za-z0-9*,/\\- ]+")) {
            throw new IllegalArgumentException(origin + ": '" + key + "' is not a calendar value: '" + value + "'");
        }
        return value;
    }
}
