package org.misibench.web;

import java.util.Random;
import org.misibench.jobs.review.ReviewDecision;
import org.misibench.jobs.review.ReviewState;
import org.misibench.jobs.review.ReviewStore;

/**
 * A run's worth of items as the generator spreads them (every task, answers drawn from each task's
 * range, a tenth in test) and a review part-way through, so the dashboard's table and charts show
 * what they would show on real work. Seeded: the screenshots come out the same every time.
 */
final class RealisticRun {

    private static final String[][] ANSWERS = {
        {"move x 3", "move x -3", "move y 2", "move y -2", "move z 4", "move z -4"},
        {"roll x 60", "roll x -60", "roll y 90", "roll y -90", "roll z 30", "roll z -30"},
        {"move z 47", "move z -35", "move z 28", "move z -20"},
        {"Yes: THR OG1, O2'", "No", "Yes: SER N, O1P", "No"},
        {"A", "B", "C", "D"},
        {"A", "B", "C", "D"},
        {"roll x 75, move x -14", "roll y -45, move z 8", "roll z 30, move y 6", "roll x -60, move y -9"},
        {"A", "B", "C", "D"},
        {"SER 10 OG A, O2P", "THR 11 N A, O1P; SER 10 OG A, O2P", "GLY 12 N A, O3P; THR 11 N A, O1P; SER 10 OG A, O2P"},
    };

    private RealisticRun() {
    }

    /** {@code complexes} × 9 tasks × 3 items of run {@code run}; about half decided. */
    static void write(long run, int complexes) throws Exception {
        Random random = new Random(run);
        ReviewStore reviews = new ReviewStore(ConsoleData.db());
        for (int c = 0; c < complexes; c++) {
            String complex = String.format("%d%s", 1 + c % 9, Integer.toString(36 * 36 + c * 47, 36)).substring(0, 4);
            String split = c % 10 == 9 ? "test" : "train";
            for (int task = 1; task <= 9; task++) {
                for (int k = 0; k < 3; k++) {
                    String[] answers = ANSWERS[task - 1];
                    String answer = answers[random.nextInt(answers.length)];
                    String parameters = task == 9 ? "{\"bonds\":\"" + (answer.split(";").length) + "\"}" : "{}";
                    String id = ConsoleData.plainItem(task, complex, split, run, answer, parameters);
                    int roll = random.nextInt(100);
                    if (roll < 45) {
                        reviews.decide(new ReviewDecision(id, 0, ReviewState.APPROVED, null), "ada");
                    } else if (roll < 52) {
                        reviews.decide(new ReviewDecision(id, 0, ReviewState.FLAGGED, "labels overlap"), "ben");
                    } else if (roll < 56) {
                        reviews.decide(new ReviewDecision(id, 0, ReviewState.REJECTED, "ambiguous view"), "ada");
                    }
                }
            }
        }
    }
}
