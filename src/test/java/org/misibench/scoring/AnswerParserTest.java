package org.misibench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AnswerParserTest {

    private final AnswerParser parser = new AnswerParser();

    private Answer ok(AnswerKind kind, String text) {
        Parsed p = parser.parse(kind, text);
        assertInstanceOf(Parsed.Ok.class, p, () -> "expected '" + text + "' to parse, got " + p);
        return ((Parsed.Ok) p).value();
    }

    private void rejected(AnswerKind kind, String text) {
        Parsed p = parser.parse(kind, text);
        assertInstanceOf(Parsed.Unparsable.class, p, () -> "expected '" + text + "' to be rejected, got " + p);
        assertTrue(!((Parsed.Unparsable) p).reason().isBlank());
    }

    @Test
    void readsSingleAndJoinedOperations() {
        assertEquals(Answer.Operations.of(Operation.move(Axis.X, 3)), ok(AnswerKind.OPERATIONS, "move x 3"));
        assertEquals(Answer.Operations.of(Operation.roll(Axis.Y, -60)), ok(AnswerKind.OPERATIONS, "roll y -60"));
        assertEquals(Answer.Operations.of(Operation.roll(Axis.X, 75), Operation.move(Axis.X, -14)),
                ok(AnswerKind.OPERATIONS, "roll x 75, move x -14"));
        assertEquals("roll x 75, move x -14", ok(AnswerKind.OPERATIONS, "roll x 75, move x -14").canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MOVE X 3", "  move   x  3  ", "move x 3.", "\"move x 3\"", "'move x 3'",
            "`move x 3`", "\"move x 3.\"", "\"move x 3\".", "move x +3", "Move\tX\n3", "\u201Cmove x 3\u201D"})
    void forgivesCaseWhitespaceQuotesPeriodAndPlusSign(String text) {
        assertEquals(Answer.Operations.of(Operation.move(Axis.X, 3)), ok(AnswerKind.OPERATIONS, text));
    }

    @Test
    void forgivesSpacingAroundTheCommandSeparator() {
        Answer expected = Answer.Operations.of(Operation.roll(Axis.Z, 90), Operation.move(Axis.X, 9));
        assertEquals(expected, ok(AnswerKind.OPERATIONS, "roll z 90,move x 9"));
        assertEquals(expected, ok(AnswerKind.OPERATIONS, "ROLL Z 90 ,  MOVE X 9."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"move x 3.0", "move x 3.5", "roll y -60.5", "roll y 1e2", "move x 3Å", "move x three",
            "move w 3", "shift x 3", "move 3", "move x", "move x - 3", "move x 3; roll y 15", "move x 3,",
            ", move x 3", "move x 3, , roll y 15", "The answer is move x 3", "move x 3 please",
            "move x 99999999999", "", "   ", "\"\"", "."})
    void rejectsWhatIsNotTheOperationGrammar(String text) {
        rejected(AnswerKind.OPERATIONS, text);
    }

    @Test
    void nonIntegerAmountIsNamedInTheReason() {
        Parsed p = parser.parse(AnswerKind.OPERATIONS, "move x 3.0");
        assertTrue(((Parsed.Unparsable) p).reason().contains("non-integer"));
    }

    @Test
    void nullIsUnparsableNotAnException() {
        rejected(AnswerKind.OPERATIONS, null);
        rejected(AnswerKind.CHOICE, null);
    }

    @Test
    void readsChoiceLetters() {
        assertEquals(new Answer.Choice('C'), ok(AnswerKind.CHOICE, "C"));
        assertEquals(new Answer.Choice('C'), ok(AnswerKind.CHOICE, " c. "));
        assertEquals(new Answer.Choice('A'), ok(AnswerKind.CHOICE, "\"a\""));
        for (String bad : new String[] {"E", "AB", "A, B", "(A)", "A)", "Option A", "1", "move x 3"}) {
            rejected(AnswerKind.CHOICE, bad);
        }
    }

    @Test
    void readsResidueLevelBonds() {
        Answer expected = Answer.ResidueBonds.of(new ResidueBond("ARG", "NH2", "O1B"),
                new ResidueBond("ARG", "NE", "O2G"));
        assertEquals(expected, ok(AnswerKind.RESIDUE_HBONDS, "Yes: ARG NH2, O1B; ARG NE, O2G"));
        assertEquals(expected, ok(AnswerKind.RESIDUE_HBONDS, "yes:arg nh2,o1b;arg ne , o2g."));
        assertEquals(expected, ok(AnswerKind.RESIDUE_HBONDS, "YES :  ARG NE, O2G ;ARG NH2, O1B"));
        assertEquals(Answer.ResidueBonds.none(), ok(AnswerKind.RESIDUE_HBONDS, "No"));
        assertEquals(Answer.ResidueBonds.none(), ok(AnswerKind.RESIDUE_HBONDS, " no. "));
        assertEquals("Yes: ARG NE, O2G; ARG NH2, O1B", expected.canonical());
        // nucleotide-style primed atom names are names like any other
        assertEquals(Answer.ResidueBonds.of(new ResidueBond("DG", "O5'", "N1")),
                ok(AnswerKind.RESIDUE_HBONDS, "Yes: DG O5', N1"));
    }

    @Test
    void aRepeatedBondCountsOnce() {
        Answer.ResidueBonds a = (Answer.ResidueBonds) ok(AnswerKind.RESIDUE_HBONDS, "Yes: VAL O, N1; val o, n1");
        assertEquals(1, a.bonds().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes", "Yes:", "Yes: ", "Yes ARG NH2, O1B", "No: ARG NH2, O1B", "Maybe",
            "Yes: ARG NH2 O1B", "Yes: ARG NH2, O1B;", "Yes: ARG NH2, O1B, ARG NE, O2G", "Yes: NH2, O1B",
            "Yes: ARG 45 NH2 A, O1B", "Yes, ARG NH2, O1B", "No, there is none"})
    void rejectsWhatIsNotTheResidueBondGrammar(String text) {
        rejected(AnswerKind.RESIDUE_HBONDS, text);
    }

    @Test
    void readsPocketLevelBondsWithInsertionCodes() {
        Answer expected = Answer.PocketBonds.of(new PocketBond("ARG", "45", "NH2", "A", "O1B"),
                new PocketBond("LYS", "47", "NZ", "A", "O1A"));
        assertEquals(expected, ok(AnswerKind.POCKET_HBONDS, "ARG 45 NH2 A, O1B; LYS 47 NZ A, O1A"));
        assertEquals(expected, ok(AnswerKind.POCKET_HBONDS, " lys 47 nz a,o1a ;  Arg 45 Nh2 a , O1b. "));
        assertEquals(Answer.PocketBonds.of(new PocketBond("SER", "184A", "OG", "B", "O3")),
                ok(AnswerKind.POCKET_HBONDS, "SER 184A OG B, O3"));
        assertEquals(Answer.PocketBonds.of(new PocketBond("SER", "184A", "OG", "B", "O3")),
                ok(AnswerKind.POCKET_HBONDS, "ser 184a og b, o3"));
        assertEquals(Answer.PocketBonds.none(), ok(AnswerKind.POCKET_HBONDS, "NO"));
        assertEquals("ARG 45 NH2 A, O1B; LYS 47 NZ A, O1A", expected.canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes: ARG 45 NH2 A, O1B", "ARG NH2, O1B", "ARG 45 NH2, O1B", "ARG 4.5 NH2 A, O1B",
            "ARG 45AB NH2 A, O1B", "ARG 45 NH2 A O1B", "ARG 45 NH2 A, O1B;", "ARG 45 NH2 A, O1B, LYS 47 NZ A, O1A",
            "none", "garbage"})
    void rejectsWhatIsNotThePocketBondGrammar(String text) {
        rejected(AnswerKind.POCKET_HBONDS, text);
    }

    @Test
    void parsesByTheTasksAnswerKind() {
        assertInstanceOf(Parsed.Unparsable.class, parser.parse(Task.TRANSLATION_ROTATION, "move x 3"));
        assertInstanceOf(Parsed.Ok.class, parser.parse(Task.INTERACTION_LOCATION, "B"));
        assertInstanceOf(Parsed.Ok.class, parser.parse(Task.LIGAND_DOCKING, "roll y -30, move x -12"));
    }
}
