package org.misibench.web.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ScheduleSettingsTest {

    @Test
    void theShippedScheduleIsANightlyRunThatIsOffByDefault() throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("../config/generation/schedule.properties"))) {
            p.load(in);
        }
        ScheduleSettings s = ScheduleSettings.from(p, "schedule.properties");
        assertFalse(s.enabled());
        assertEquals("generate-benchmark", s.job());
        assertEquals("2", s.expression().getHour());
        assertEquals("0", s.expression().getMinute());
        assertEquals("sample", s.parameters().getProperty("input"));
    }

    @Test
    void parametersAndCalendarFieldsAreReadAsGiven() {
        Properties p = new Properties();
        p.setProperty("enabled", "true");
        p.setProperty("job", "prepare");
        p.setProperty("hour", "*/6");
        p.setProperty("dayOfWeek", "Mon-Fri");
        p.setProperty("parameter.input", "/data/complexes");
        ScheduleSettings s = ScheduleSettings.from(p, "f");
        assertTrue(s.enabled());
        assertEquals("*/6", s.expression().getHour());
        assertEquals("Mon-Fri", s.expression().getDayOfWeek());
        assertEquals("/data/complexes", s.parameters().getProperty("input"));
    }

    @Test
    void mistakesNameTheFileAndTheKey() {
        Properties p = new Properties();
        p.setProperty("job", "export");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleSettings.from(p, "s.properties"));
        assertTrue(e.getMessage().startsWith("s.properties: 'job' must be one of"), e.getMessage());
        Properties q = new Properties();
        q.setProperty("enabled", "yes");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScheduleSettings.from(q, "s"))
                .getMessage().contains("'enabled' must be true or false"));
        Properties r = new Properties();
        r.setProperty("hour", "2; rm -rf /");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScheduleSettings.from(r, "s"))
                .getMessage().contains("'hour' is not a calendar value"));
    }
}
