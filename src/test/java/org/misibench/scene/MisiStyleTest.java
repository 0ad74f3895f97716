package org.misibench.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Atom;
import org.misibench.structure.Element;
import org.misibench.structure.ResidueId;

class MisiStyleTest {

    @Test
    void elementColoursAreTheSpecsJmolTable() {
        // chimerax-behaviour.md §3.2, as written there
        Map<String, String> spec = Map.ofEntries(Map.entry("H", "FFFFFF"), Map.entry("C", "909090"),
                Map.entry("N", "3050F8"), Map.entry("O", "FF0D0D"), Map.entry("S", "FFFF30"), Map.entry("P", "FF8000"),
                Map.entry("F", "90E050"), Map.entry("Cl", "1FF01F"), Map.entry("Br", "A62929"), Map.entry("I", "940094"),
                Map.entry("Se", "FFA100"), Map.entry("B", "FFB5B5"), Map.entry("Na", "AB5CF2"), Map.entry("Mg", "8AFF00"),
                Map.entry("K", "8F40D4"), Map.entry("Ca", "3DFF00"), Map.entry("Mn", "9C7AC7"), Map.entry("Fe", "E06633"),
                Map.entry("Co", "F090A0"), Map.entry("Ni", "50D050"), Map.entry("Cu", "C88033"), Map.entry("Zn", "7D80B0"),
                Map.entry("Hg", "B8B8D0"), Map.entry("Cd", "FFD98F"));
        spec.forEach((symbol, hex) -> assertEquals((int) Long.parseLong(hex + "FF", 16),
                MisiStyle.elementColour(Element.of(symbol).orElseThrow()), symbol));
    }

    @Test
    void elementsOutsideTheTableAreGray() {
        assertEquals(0xB4B4B4FF, MisiStyle.elementColour(new Element("Ds", 110)));
        assertEquals(0xB4B4B4FF, MisiStyle.elementColour(new Element("X", 0)));
    }

    @Test
    void pocketCarbonsAlternateStartingPurpleAndOtherElementsKeepTheirColour() {
        assertEquals(0xBF99F2FF, MisiStyle.pocketCarbonColour(0));
        assertEquals(0xF2B366FF, MisiStyle.pocketCarbonColour(1));
        assertEquals(0xBF99F2FF, MisiStyle.pocketCarbonColour(2));
        assertEquals(0xF2B366FF, MisiStyle.pocketCarbonColour(7));
        Atom n = atom("N", Element.N, "ALA");
        assertEquals(0x3050F8FF, MisiStyle.pocketAtomColour(n, 1));
        assertEquals(0xF2B366FF, MisiStyle.pocketAtomColour(atom("CB", Element.C, "ALA"), 1));
        assertEquals(0x909090FF, MisiStyle.ligandAtomColour(atom("C1", Element.C, "LIG")));
        assertEquals(0xFF0D0DFF, MisiStyle.ligandAtomColour(atom("O1", Element.O, "LIG")));
    }

    @Test
    void sticksLabelsAndVisibilityFollowTheSpec() {
        assertEquals(0.2, MisiStyle.STICK_RADIUS);
        assertEquals(0.2, MisiStyle.ATOM_RADIUS);
        assertEquals(0.4, MisiStyle.ATOM_LABEL_OFFSET_X, 1e-12);
        assertEquals(0.5, MisiStyle.ATOM_LABEL_OFFSET_Z);
        assertEquals(0.7, MisiStyle.LABEL_HEIGHT);
        assertEquals(0xFFFFFFFF, MisiStyle.LABEL_COLOUR);
        assertFalse(MisiStyle.isShown(atom("H1", Element.H, "LIG")));
        assertFalse(MisiStyle.isShown(atom("O", Element.O, "HOH")));
        assertTrue(MisiStyle.isShown(atom("O", Element.O, "SER")));
    }

    private static Atom atom(String name, Element element, String residue) {
        return new Atom(1, name, element, new ResidueId("A", 1, ' ', residue), ' ', 1, false, Vec3.ZERO);
    }
}
