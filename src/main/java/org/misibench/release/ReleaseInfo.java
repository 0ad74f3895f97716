package org.misibench.release;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the card and manifest say about a release.
 *
 * @param name           the release's name, the card's title (e.g. {@code misi-bench-2025.1})
 * @param createdAt      when it was made, ISO-8601 UTC ({@code 2025-01-31T12:00:00Z})
 * @param generator      this software and version, as items record it
 * @param description    a paragraph for the card (Markdown)
 * @param settings       the generation settings recorded in the manifest (seed, image size …); kept sorted by
 *                       key so the manifest does not depend on the map the caller passed
 * @param sourceLicences the licences of the input structures, Markdown, copied into the card
 */
public record ReleaseInfo(String name, String createdAt, String generator, String description,
                          Map<String, String> settings, String sourceLicences) {

    public ReleaseInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(generator, "generator");
        description = description == null ? "" : description;
        sourceLicences = sourceLicences == null ? "" : sourceLicences;
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        if (name.isBlank() || name.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("release name '" + name + "' is blank or spans lines");
        }
        try {
            Instant.parse(createdAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("createdAt '" + createdAt + "' is not ISO-8601 UTC, e.g. 2025-01-31T12:00:00Z", e);
        }
    }
}
