package org.misibench.release;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One item as stored: its JSON line ({@code docs/release-format.md}) and the fields the writer needs
 * to place it without parsing it first.
 *
 * @param id           the item id; files are sorted by it, so it must be one token (no whitespace)
 * @param task         {@code T1} … {@code T9}
 * @param split        {@code train} or {@code test}, exactly as in file names
 * @param complexId    the complex the item was drawn from
 * @param imageSha256s SHA-256 (lower-case hex) of each image's PNG bytes, in the order of the JSON's {@code images}
 * @param json         the item's JSON line without its line end, written to the release verbatim
 */
public record ReleaseItem(String id, String task, String split, String complexId, List<String> imageSha256s,
                          String json) {

    private static final Pattern TASK = Pattern.compile("T[1-9]");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ReleaseItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(complexId, "complexId");
        Objects.requireNonNull(json, "json");
        imageSha256s = List.copyOf(imageSha256s);
        // checked here so that a bad row from the database is named by its id, not found as a broken file later
        if (id.isEmpty() || id.codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("item id '" + id + "' is empty or contains whitespace");
        }
        if (!TASK.matcher(task).matches()) {
            throw new IllegalArgumentException("item " + id + ": task '" + task + "' is not T1..T9");
        }
        if (!split.equals("train") && !split.equals("test")) {
            throw new IllegalArgumentException("item " + id + ": split '" + split + "' is not train or test");
        }
        for (String sha : imageSha256s) {
            if (!SHA256.matcher(sha).matches()) {
                throw new IllegalArgumentException("item " + id + ": image '" + sha + "' is not a lower-case SHA-256");
            }
        }
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("item " + id + ": its JSON spans more than one line");
        }
    }

    /** The file stem this item goes to, e.g. {@code T4_test}. */
    String fileStem() {
        return task + "_" + split;
    }
}
