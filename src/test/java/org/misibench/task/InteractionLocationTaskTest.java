package org.misibench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misibench.chemistry.hbond.CriteriaProfile;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.chemistry.hbond.HBondFinder;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Axis;
import org.misibench.scoring.Operation;
import org.misibench.source.BundledSample;

class InteractionLocationTaskTest {

    @Test
    void theCorrectOptionBringsTheBondCentreToTheScreenCentreAndTheOthersDoNot() throws Exception {
        PreparedComplex complex = ComplexPreparer.prepare(BundledSample.complex("1aku"));
        List<HBond> bonds = HBondFinder.find(complex, CriteriaProfile.CHIMERAX_RELAXED);
        ComplexViews views = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(complex), 512, 512);
        List<ItemDraft> items = InteractionLocationTask.generate(complex, bonds, views, 8, 5);
        assertEquals(8, items.size());
        Map<String, Integer> letters = new HashMap<>();
        for (ItemDraft item : items) {
            HBond bond = bonds.stream().filter(b -> BondAnswers.pocketLevel(b).equals(item.parameters().get("bond")))
                    .findFirst().orElseThrow();
            Vec3 centre = bond.donor().position().plus(bond.acceptor().position()).times(0.5);
            int correctHits = 0;
            HashSet<String> texts = new HashSet<>();
            for (String letter : List.of("A", "B", "C", "D")) {
                String option = item.parameters().get("option" + letter);
                texts.add(option);
                String[] parts = option.split(", ");   // "move x a", "move y b"
                int a = Integer.parseInt(parts[0].split(" ")[2]);
                int b = Integer.parseInt(parts[1].split(" ")[2]);
                Camera moved = CameraOperations.apply(Operation.move(Axis.Y, b),
                        CameraOperations.apply(Operation.move(Axis.X, a), views.front(), views.centreOfRotation()),
                        views.centreOfRotation());
                ScreenPoint p = moved.toScreen(centre.x(), centre.y(), centre.z());
                boolean centred = Math.abs(p.x()) <= 0.5 && Math.abs(p.y()) <= 0.5;
                assertEquals(letter.equals(item.answer()), centred, item.parameters().get("bond") + " option " + letter);
                correctHits += centred ? 1 : 0;
            }
            assertEquals(1, correctHits, "exactly one option centres the bond");
            assertEquals(4, texts.size(), "four different options");
            letters.merge(item.answer(), 1, Integer::sum);
        }
        assertEquals(4, letters.size(), "every letter is used");
        assertTrue(letters.values().stream().allMatch(n -> n == 2), "8 items: each letter twice, " + letters);
    }
}
