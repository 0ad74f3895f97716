package org.misibench.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Task;

/**
 * T8 interaction location (spec §5): for an H-bond named in the text, which of four translations
 * {@code move x a, move y b} brings the bond's centre (midpoint of donor and acceptor) to the screen
 * centre in the front view. The correct one rounds the exact shift to whole ångström, so the centre
 * lands within 0.5 Å of the screen centre on each axis. Distractors flip the sign of one or both
 * components or change their magnitudes; all four differ. The correct letter cycles through A–D
 * from a seeded start, so letters are balanced over a complex's items.
 */
public final class InteractionLocationTask {

    private static final String LETTERS = "ABCD";

    private InteractionLocationTask() {
    }

    /** One item per distinct bond (at most {@code maxItems}, drawn with the seed). */
    public static List<ItemDraft> generate(PreparedComplex complex, List<HBond> bonds, ComplexViews views, int maxItems,
                                           long seed) {
        SplittableRandom random = TaskRandom.of(complex.id(), Task.INTERACTION_LOCATION, seed);
        Map<String, HBond> distinct = new LinkedHashMap<>();
        bonds.forEach(b -> distinct.putIfAbsent(BondAnswers.pocketLevel(b), b));
        List<HBond> chosen = new ArrayList<>(distinct.values());
        while (chosen.size() > maxItems) {
            chosen.remove(random.nextInt(chosen.size()));
        }
        int firstLetter = random.nextInt(4);
        List<ItemDraft> items = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            HBond bond = chosen.get(k);
            Vec3 centre = bond.donor().position().plus(bond.acceptor().position()).times(0.5);
            ScreenPoint c = views.front().toScreen(centre.x(), centre.y(), centre.z());
            int dx = (int) Math.round(-c.x());
            int dy = (int) Math.round(-c.y());
            List<int[]> options = options(dx, dy, random);
            int correct = (firstLetter + k) % 4;
            int[] truth = options.remove(0);
            options.add(correct, truth);
            StringBuilder listed = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                listed.append(LETTERS.charAt(i)).append(". ").append(text(options.get(i))).append('\n');
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("bond", BondAnswers.pocketLevel(bond));
            parameters.put("correct", text(truth));
            for (int i = 0; i < 4; i++) {
                parameters.put("option" + LETTERS.charAt(i), text(options.get(i)));
            }
            String question = QuestionTemplates.question(Task.INTERACTION_LOCATION)
                    .replace("{bond}", BondAnswers.pocketLevel(bond)).replace("{options}", listed.toString().strip());
            List<ImageSpec> images = ImageSpec.of(ImageSpec.POCKET, views, CanonicalView.values());
            items.add(new ItemDraft(ItemIds.of(complex.id(), Task.INTERACTION_LOCATION, parameters, seed),
                    Task.INTERACTION_LOCATION, complex.id(), images, question, String.valueOf(LETTERS.charAt(correct)),
                    parameters, seed));
        }
        return items;
    }

    /** The truth first, then three distinct distractors. */
    private static List<int[]> options(int dx, int dy, SplittableRandom random) {
        LinkedHashSet<List<Integer>> seen = new LinkedHashSet<>();
        seen.add(List.of(dx, dy));
        List<List<Integer>> candidates = new ArrayList<>(List.of(List.of(-dx, dy), List.of(dx, -dy), List.of(-dx, -dy)));
        java.util.Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
        for (List<Integer> c : candidates) {
            if (seen.size() < 4) {
                seen.add(c); // sign flips; equal to the truth when a component is 0, so more are drawn below
            }
        }
        while (seen.size() < 4) {
            int ddx = (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
            int ddy = (1 + random.nextInt(4)) * (random.nextBoolean() ? 1 : -1);
            seen.add(List.of(dx + ddx, dy + ddy));
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> o : seen) {
            out.add(new int[] {o.get(0), o.get(1)});
        }
        return out;
    }

    static String text(int[] option) {
        return "move x " + option[0] + ", move y " + option[1];
    }
}
