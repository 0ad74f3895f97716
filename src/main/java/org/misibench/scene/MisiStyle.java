package org.misibench.scene;

import org.misibench.structure.Atom;
import org.misibench.structure.Element;

/**
 * The benchmark's fixed drawing style (misi-bench.md §3, chimerax-behaviour.md §3.1, §3.2, §3.5),
 * in one place so that every image of every task looks the same and a style change is one edit.
 * Colours are {@code 0xRRGGBBAA} ints with alpha {@code FF}, the form the render module takes.
 *
 * <p>Why these values: the images imitate what the MiSI-Bench authors saw in ChimeraX after
 * {@code style stick}, {@code color byelement} and {@code label}, with the pocket's carbons
 * recoloured per residue so that neighbouring residues can be told apart.
 */
public final class MisiStyle {

    /** Bond (stick) radius, Å: ChimeraX's default per-bond radius. */
    public static final double STICK_RADIUS = 0.2;

    /**
     * Atom sphere radius in stick style, Å. ChimeraX gives a stick atom the largest radius of its
     * bonds, and an atom without bonds the structure's stick radius; every bond here is
     * {@link #STICK_RADIUS}, so every atom is too, bonded or not.
     */
    public static final double ATOM_RADIUS = STICK_RADIUS;

    /** Carbons of the 1st, 3rd, 5th … pocket residue (file order): purple #BF99F2. */
    public static final int POCKET_CARBON_PURPLE = 0xBF99F2FF;

    /** Carbons of the 2nd, 4th, 6th … pocket residue: orange #F2B366. */
    public static final int POCKET_CARBON_ORANGE = 0xF2B366FF;

    /** Ligand carbons: the Jmol carbon gray #909090 ({@code color byelement}). */
    public static final int LIGAND_CARBON = 0x909090FF;

    /** Elements the Jmol table lacks (and atomic numbers beyond it): #B4B4B4. */
    public static final int UNKNOWN_ELEMENT = 0xB4B4B4FF;

    /** Labels are white: ChimeraX's "auto" label colour on the black background. */
    public static final int LABEL_COLOUR = 0xFFFFFFFF;

    /** Label text height, Å (ChimeraX {@code label_height}). */
    public static final double LABEL_HEIGHT = 0.7;

    /**
     * An atom label's offset along screen x, Å: ChimeraX puts it 0.2 Å plus the atom's display
     * radius to the right of the atom, clear of the sphere.
     */
    public static final double ATOM_LABEL_OFFSET_X = 0.2 + ATOM_RADIUS;

    /** An atom label's offset toward the viewer (screen z), Å. */
    public static final double ATOM_LABEL_OFFSET_Z = 0.5;

    /**
     * The Jmol element colours ChimeraX uses ({@code atomic/src/colors.py}), indexed by atomic
     * number − 1, H to Mt. chimerax-behaviour.md §3.2 lists the elements a complex usually holds;
     * the rest of the table is here so that a rare metal gets its ChimeraX colour too.
     */
    private static final int[] JMOL = {
        0xFFFFFFFF, 0xD9FFFFFF, 0xCC80FFFF, 0xC2FF00FF, 0xFFB5B5FF, 0x909090FF,  // H He Li Be B C
        0x3050F8FF, 0xFF0D0DFF, 0x90E050FF, 0xB3E3F5FF, 0xAB5CF2FF, 0x8AFF00FF,  // N O F Ne Na Mg
        0xBFA6A6FF, 0xF0C8A0FF, 0xFF8000FF, 0xFFFF30FF, 0x1FF01FFF, 0x80D1E3FF,  // Al Si P S Cl Ar
        0x8F40D4FF, 0x3DFF00FF, 0xE6E6E6FF, 0xBFC2C7FF, 0xA6A6ABFF, 0x8A99C7FF,  // K Ca Sc Ti V Cr
        0x9C7AC7FF, 0xE06633FF, 0xF090A0FF, 0x50D050FF, 0xC88033FF, 0x7D80B0FF,  // Mn Fe Co Ni Cu Zn
        0xC28F8FFF, 0x668F8FFF, 0xBD80E3FF, 0xFFA100FF, 0xA62929FF, 0x5CB8D1FF,  // Ga Ge As Se Br Kr
        0x702EB0FF, 0x00FF00FF, 0x94FFFFFF, 0x94E0E0FF, 0x73C2C9FF, 0x54B5B5FF,  // Rb Sr Y Zr Nb Mo
        0x3B9E9EFF, 0x248F8FFF, 0x0A7D8CFF, 0x006985FF, 0xC0C0C0FF, 0xFFD98FFF,  // Tc Ru Rh Pd Ag Cd
        0xA67573FF, 0x668080FF, 0x9E63B5FF, 0xD47A00FF, 0x940094FF, 0x429EB0FF,  // In Sn Sb Te I Xe
        0x57178FFF, 0x00C900FF, 0x70D4FFFF, 0xFFFFC7FF, 0xD9FFC7FF, 0xC7FFC7FF,  // Cs Ba La Ce Pr Nd
        0xA3FFC7FF, 0x8FFFC7FF, 0x61FFC7FF, 0x45FFC7FF, 0x30FFC7FF, 0x1FFFC7FF,  // Pm Sm Eu Gd Tb Dy
        0x00FF9CFF, 0x00E675FF, 0x00D452FF, 0x00BF38FF, 0x00AB24FF, 0x4DC2FFFF,  // Ho Er Tm Yb Lu Hf
        0x4DA6FFFF, 0x2194D6FF, 0x267DABFF, 0x266696FF, 0x175487FF, 0xD0D0E0FF,  // Ta W Re Os Ir Pt
        0xFFD123FF, 0xB8B8D0FF, 0xA6544DFF, 0x575961FF, 0x9E4FB5FF, 0xAB5C00FF,  // Au Hg Tl Pb Bi Po
        0x754F45FF, 0x428296FF, 0x420066FF, 0x007D00FF, 0x70ABFAFF, 0x00BAFFFF,  // At Rn Fr Ra Ac Th
        0x00A1FFFF, 0x008FFFFF, 0x0080FFFF, 0x006BFFFF, 0x545CF2FF, 0x785CE3FF,  // Pa U Np Pu Am Cm
        0x8A4FE3FF, 0xA136D4FF, 0xB31FD4FF, 0xB31FBAFF, 0xB30DA6FF, 0xBD0D87FF,  // Bk Cf Es Fm Md No
        0xC70066FF, 0xCC0059FF, 0xD1004FFF, 0xD90045FF, 0xE00038FF, 0xE6002EFF,  // Lr Rf Db Sg Bh Hs
        0xEB0026FF,  // Mt
    };

    private MisiStyle() {
    }

    /** The Jmol colour of {@code element}, or {@link #UNKNOWN_ELEMENT} outside the table. */
    public static int elementColour(Element element) {
        int z = element.atomicNumber();
        return z >= 1 && z <= JMOL.length ? JMOL[z - 1] : UNKNOWN_ELEMENT;
    }

    /**
     * The carbon colour of the pocket residue at {@code residueIndex} (0-based, the pocket's
     * residues in file order): purple for the first, then alternating with orange, so that
     * residues next to each other in the file, usually next to each other in space, differ.
     */
    public static int pocketCarbonColour(int residueIndex) {
        if (residueIndex < 0) {
            throw new IllegalArgumentException("residue index must not be negative: " + residueIndex);
        }
        return residueIndex % 2 == 0 ? POCKET_CARBON_PURPLE : POCKET_CARBON_ORANGE;
    }

    /** A pocket atom's colour: carbons by residue ({@link #pocketCarbonColour}), others by element. */
    public static int pocketAtomColour(Atom atom, int residueIndex) {
        return isCarbon(atom) ? pocketCarbonColour(residueIndex) : elementColour(atom.element());
    }

    /** A ligand atom's colour: carbons gray, others by element. */
    public static int ligandAtomColour(Atom atom) {
        return isCarbon(atom) ? LIGAND_CARBON : elementColour(atom.element());
    }

    /**
     * Whether the atom is drawn: hydrogens and waters are hidden in every image (misi-bench.md §3),
     * and a hidden atom takes its bonds and label with it.
     */
    public static boolean isShown(Atom atom) {
        return !atom.isHydrogen() && !atom.isWater();
    }

    private static boolean isCarbon(Atom atom) {
        return atom.element().atomicNumber() == 6;
    }
}
