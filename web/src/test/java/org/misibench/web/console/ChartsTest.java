package org.misibench.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misibench.jobs.review.ReviewState;

class ChartsTest {

    @Test
    void answersAreEscapedInsideTheChart() {
        String svg = AnswerChart.svg("T4 · <b>", Map.of("Yes: THR OG1, O2'", 3, "<script>x</script>", 1));
        assertFalse(svg.contains("<script>"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertTrue(svg.contains("O2&#39;"), svg);
        assertTrue(svg.contains("T4 · &lt;b&gt;"), svg);
    }

    @Test
    void manyBucketsKeepTheLargestAndSumTheRestAsOther() {
        Map<String, Integer> h = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            h.put(String.format("b%02d", i), i + 1);
        }
        var bars = AnswerChart.bars(h);
        assertEquals(AnswerChart.MAX_BARS, bars.size());
        assertEquals("other (9)", bars.get(bars.size() - 1).getKey());
        assertEquals(1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9, bars.get(bars.size() - 1).getValue());
        assertEquals("b09", bars.get(0).getKey(), "the kept ones in bucket order");
    }

    @Test
    void theProgressBarSplitsItsWidthByState() {
        String svg = ReviewProgressChart.svg(Map.of(ReviewState.APPROVED, 1L, ReviewState.PENDING, 3L), 200, 10);
        assertTrue(svg.contains("width=\"50.0\" height=\"10\" class=\"seg-approved\""), svg);
        assertTrue(svg.contains("x=\"50.0\" width=\"150.0\" height=\"10\" class=\"seg-pending\""), svg);
        assertFalse(svg.contains("seg-flagged"));
    }
}
