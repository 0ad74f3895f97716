package org.misibench.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobRequestTest {

    private static JobRequest request(String job) {
        JobRequest r = new JobRequest();
        r.setJob(job);
        return r;
    }

    @Test
    void eachJobGetsOnlyTheParametersItReads() {
        JobRequest prepare = request("prepare");
        prepare.setTasks("T1");
        assertEquals("{input=sample}", prepare.parameters("ada").toString());

        JobRequest generate = request("generate-benchmark");
        generate.setTasks("T1, T4");
        generate.setSize(" 48 ");
        Properties p = generate.parameters("ada");
        assertEquals("T1,T4", p.getProperty("tasks"));
        assertEquals("48", p.getProperty("size"));
        assertFalse(p.containsKey("release"));

        JobRequest export = request("export");
        export.setRelease("v1.0");
        export.setState("flagged");
        Properties e = export.parameters("ada");
        assertEquals("v1.0", e.getProperty("release"));
        assertEquals("flagged", e.getProperty("state"));
        assertEquals("ada", e.getProperty("requestedBy"));
        assertFalse(e.containsKey("input"));
    }

    @Test
    void badValuesAreRefusedBeforeAnyJobStarts() {
        JobRequest unknown = request("drop-everything");
        assertThrows(IllegalArgumentException.class, () -> unknown.parameters("ada"));
        JobRequest traversal = request("export");
        traversal.setRelease("../../etc");
        assertThrows(IllegalArgumentException.class, () -> traversal.parameters("ada"));
        JobRequest draft = request("export");
        draft.setRelease("draft");
        assertThrows(IllegalArgumentException.class, () -> draft.parameters("ada"));
        JobRequest relative = request("prepare");
        relative.setInput("data/../../secret");
        assertThrows(IllegalArgumentException.class, () -> relative.parameters("ada"));
        JobRequest tasks = request("generate");
        tasks.setTasks("T1;T0");
        assertThrows(IllegalArgumentException.class, () -> tasks.parameters("ada"));
        JobRequest size = request("generate");
        size.setSize("99999");
        assertThrows(IllegalArgumentException.class, () -> size.parameters("ada"));
    }

    /** The advanced field: the processors' slow-down hook, bounded, and never for an export (which has no complexes). */
    @Test
    void theSlowDownIsAWholeNumberOfMillisecondsUpToTenSeconds() {
        JobRequest prepare = request("prepare");
        prepare.setSlowdown(" 1500 ");
        assertEquals("1500", prepare.parameters("ada").getProperty("slowdownMillis"));
        prepare.setSlowdown("");
        assertFalse(prepare.parameters("ada").containsKey("slowdownMillis"));
        for (String bad : new String[] {"10001", "-1", "1.5", "1e3"}) {
            prepare.setSlowdown(bad);
            assertThrows(IllegalArgumentException.class, () -> prepare.parameters("ada"), bad);
        }
        JobRequest export = request("export");
        export.setRelease("v1.0");
        export.setSlowdown("500");
        assertFalse(export.parameters("ada").containsKey("slowdownMillis"));
    }
}
