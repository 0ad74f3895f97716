package org.misibench.task;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.misibench.scoring.Task;

/**
 * Item ids: the first 16 hex digits of the SHA-256 of complex, task, parameters (sorted) and seed,
 * so the same item generated again gets the same id (restarts upsert instead of duplicating).
 */
final class ItemIds {

    private ItemIds() {
    }

    static String of(String complexId, Task task, Map<String, String> parameters, long seed) {
        StringBuilder key = new StringBuilder(complexId).append('|').append(task.label()).append('|');
        new TreeMap<>(parameters).forEach((k, v) -> key.append(k).append('=').append(v).append(';'));
        key.append('|').append(seed);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return task.label().toLowerCase(java.util.Locale.ROOT) + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
