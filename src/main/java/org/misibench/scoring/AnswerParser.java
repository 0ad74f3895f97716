package org.misibench.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads answer text into {@link Answer}s by the grammar of spec §4-5. Model output varies in cosmetics, so
 * the parser forgives what carries no meaning and nothing else:
 * <ul>
 *   <li><b>Forgiven:</b> letter case everywhere; leading, trailing and repeated whitespace (also around
 *       {@code ,}, {@code ;} and {@code :}); a trailing period; one pair of surrounding quotes
 *       ({@code "}, {@code '}, {@code `} or typographic double quotes), in either order with the period;
 *       an explicit plus sign ({@code move x +3}).</li>
 *   <li><b>Rejected:</b> anything else, including prose around the answer, a non-integer amount such as
 *       {@code 3.0} or {@code 3.5} (spec §4: "Numbers are integers"; accepting {@code 3.0} but not
 *       {@code 3.5} would make the grammar depend on the value), units ({@code 3Å}), a separator other
 *       than {@code ,} between commands or {@code ;} between bonds, an empty item (so a trailing
 *       {@code ;} or {@code ,} is rejected), {@code Yes} without bonds in T4, and {@code Yes:} in T9
 *       (whose grammar is a bare list or {@code No}).</li>
 * </ul>
 * Parsing never throws: an unreadable answer yields {@link Parsed#unparsable(String)} with the reason.
 * The same parser reads ground truth, which simply always parses.
 */
public final class AnswerParser {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern OPERATION =
            Pattern.compile("(move|roll) ([xyz]) ([+-]?[0-9]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_INTEGER_OPERATION =
            Pattern.compile("(move|roll) ([xyz]) [+-]?[0-9]*\\.[0-9]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHOICE = Pattern.compile("[A-D]", Pattern.CASE_INSENSITIVE);
    private static final Pattern YES_PREFIX = Pattern.compile("yes ?: ?(.*)", Pattern.CASE_INSENSITIVE);
    /** An atom or residue name: anything but whitespace and the grammar's separators (allows O5', C1*). */
    private static final String NAME = "([^\\s,;:]+)";
    private static final Pattern RESIDUE_BOND = Pattern.compile(NAME + " " + NAME + " ?, ?" + NAME);
    /** Residue number with an optional insertion code (184A); chain ids of 1-4 letters or digits. */
    private static final Pattern POCKET_BOND = Pattern.compile(
            NAME + " (-?[0-9]+[A-Za-z]?) " + NAME + " ([A-Za-z0-9]{1,4}) ?, ?" + NAME);

    /** Parses an answer to the given task. */
    public Parsed parse(Task task, String text) {
        return parse(task.answerKind(), text);
    }

    /** Parses an answer of the given kind. */
    public Parsed parse(AnswerKind kind, String text) {
        if (text == null) {
            return Parsed.unparsable("no answer");
        }
        String s = normalise(text);
        if (s.isEmpty()) {
            return Parsed.unparsable("empty answer");
        }
        return switch (kind) {
            case OPERATIONS -> parseOperations(s);
            case CHOICE -> parseChoice(s);
            case RESIDUE_HBONDS -> parseResidueBonds(s);
            case POCKET_HBONDS -> parsePocketBonds(s);
        };
    }

    /**
     * Strips what the parser forgives: surrounding whitespace, quotes and a trailing period (repeated so
     * that both {@code "A."} and {@code "A".} work), then collapses whitespace runs to one space.
     */
    static String normalise(String text) {
        String s = text;
        String before;
        do {
            before = s;
            s = s.strip();
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
            s = stripQuotes(s.strip());
        } while (!s.equals(before));
        return WHITESPACE.matcher(s).replaceAll(" ");
    }

    private static String stripQuotes(String s) {
        if (s.length() >= 2) {
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            boolean plain = (first == '"' || first == '\'' || first == '`') && last == first;
            boolean typographic = first == '\u201C' && last == '\u201D';
            if (plain || typographic) {
                return s.substring(1, s.length() - 1);
            }
        }
        return s;
    }

    private static Parsed parseOperations(String s) {
        List<Operation> ops = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                return Parsed.unparsable("empty command in '" + s + "'");
            }
            Matcher m = OPERATION.matcher(p);
            if (!m.matches()) {
                if (NON_INTEGER_OPERATION.matcher(p).matches()) {
                    return Parsed.unparsable("non-integer amount in '" + p + "'");
                }
                return Parsed.unparsable("not a move/roll command: '" + p + "'");
            }
            OperationType type = OperationType.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            Axis axis = Axis.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int amount;
            try {
                amount = Integer.parseInt(m.group(3));
            } catch (NumberFormatException e) {
                return Parsed.unparsable("amount out of range in '" + p + "'");
            }
            ops.add(new Operation(type, axis, amount));
        }
        return Parsed.ok(new Answer.Operations(ops));
    }

    private static Parsed parseChoice(String s) {
        if (!CHOICE.matcher(s).matches()) {
            return Parsed.unparsable("not a single letter A-D: '" + s + "'");
        }
        return Parsed.ok(new Answer.Choice(s.charAt(0)));
    }

    private static Parsed parseResidueBonds(String s) {
        if (s.equalsIgnoreCase("no")) {
            return Parsed.ok(Answer.ResidueBonds.none());
        }
        Matcher yes = YES_PREFIX.matcher(s);
        if (!yes.matches()) {
            return Parsed.unparsable("expected 'No' or 'Yes: <bonds>': '" + s + "'");
        }
        if (yes.group(1).isBlank()) {
            return Parsed.unparsable("'Yes' without bonds");
        }
        Set<ResidueBond> bonds = new LinkedHashSet<>();
        for (String part : yes.group(1).split(";", -1)) {
            Matcher m = RESIDUE_BOND.matcher(part.strip());
            if (!m.matches()) {
                return Parsed.unparsable("not a 'RES ATOM, LIGATOM' bond: '" + part.strip() + "'");
            }
            bonds.add(new ResidueBond(m.group(1), m.group(2), m.group(3)));
        }
        return Parsed.ok(new Answer.ResidueBonds(bonds));
    }

    private static Parsed parsePocketBonds(String s) {
        if (s.equalsIgnoreCase("no")) {
            return Parsed.ok(Answer.PocketBonds.none());
        }
        Set<PocketBond> bonds = new LinkedHashSet<>();
        for (String part : s.split(";", -1)) {
            Matcher m = POCKET_BOND.matcher(part.strip());
            if (!m.matches()) {
                return Parsed.unparsable("not a 'RES NUM ATOM CHAIN, LIGATOM' bond: '" + part.strip() + "'");
            }
            bonds.add(new PocketBond(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        return Parsed.ok(new Answer.PocketBonds(bonds));
    }
}
