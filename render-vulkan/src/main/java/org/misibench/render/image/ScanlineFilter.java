package org.misibench.render.image;

/**
 * Applies PNG row filters (spec §9.2) to one row at a time, writing the filter type byte followed
 * by the filtered bytes. Kept apart from {@link PngEncoder} because the adaptive choice needs a
 * scratch row per candidate type; those rows are allocated once per encoder and reused, like every
 * other buffer in it. Not thread-safe.
 */
final class ScanlineFilter {

    private static final int[] CANDIDATES = {0, 1, 2, 3, 4};
    /** Bytes filtered between checks of the running sum against the best so far. */
    private static final int BLOCK = 96;

    private final FilterStrategy strategy;
    private byte[][] scratch = new byte[0][];

    ScanlineFilter(FilterStrategy strategy) {
        this.strategy = strategy;
    }

    /**
     * Filters the row of {@code rowBytes} bytes at {@code cur[curOff]}, whose row above is at
     * {@code prev[prevOff]} (all zeros for the first row), into {@code out[outOff]}: the type byte,
     * then {@code rowBytes} filtered bytes.
     */
    void filterRow(byte[] cur, int curOff, byte[] prev, int prevOff, int rowBytes, int bpp, byte[] out, int outOff) {
        int type = strategy.pngType();
        if (type >= 0) {
            out[outOff] = (byte) type;
            applyRange(type, cur, curOff, prev, prevOff, 0, rowBytes, bpp, out, outOff + 1);
            return;
        }
        if (scratch.length == 0 || scratch[0].length < rowBytes) {
            scratch = new byte[CANDIDATES.length][rowBytes];
        }
        int best = 0;
        long bestSum = Long.MAX_VALUE;
        for (int t : CANDIDATES) {
            long sum = applyAndSum(t, cur, curOff, prev, prevOff, rowBytes, bpp, scratch[t], bestSum);
            if (sum < bestSum) { // ties keep the lower type, as libpng does
                bestSum = sum;
                best = t;
            }
        }
        out[outOff] = (byte) best;
        System.arraycopy(scratch[best], 0, out, outOff + 1, rowBytes);
    }

    /**
     * Filters into {@code row} while adding up libpng's "minimum sum of absolute differences" (each
     * byte read as signed), giving up once the sum reaches {@code limit}: a row that cannot win is
     * not finished, which is what keeps the adaptive choice cheap.
     */
    private static long applyAndSum(int type, byte[] cur, int c, byte[] prev, int p, int n, int bpp, byte[] row, long limit) {
        long sum = 0;
        for (int start = 0; start < n && sum < limit; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            applyRange(type, cur, c, prev, p, start, end, bpp, row, 0);
            for (int i = start; i < end; i++) {
                sum += Math.abs(row[i]);
            }
        }
        return sum;
    }

    /** Filters bytes {@code from} to {@code to} (exclusive) of the row into {@code out[o + i]}. */
    private static void applyRange(int type, byte[] cur, int c, byte[] prev, int p, int from, int to, int bpp,
            byte[] out, int o) {
        int head = Math.min(to, bpp);   // bytes of the first pixel have no left neighbour (taken as 0)
        int body = Math.max(from, bpp);
        switch (type) {
            case 0 -> System.arraycopy(cur, c + from, out, o + from, to - from);
            case 1 -> {
                for (int i = from; i < head; i++) {
                    out[o + i] = cur[c + i];
                }
                for (int i = body; i < to; i++) {
                    out[o + i] = (byte) (cur[c + i] - cur[c + i - bpp]);
                }
            }
            case 2 -> {
                for (int i = from; i < to; i++) {
                    out[o + i] = (byte) (cur[c + i] - prev[p + i]);
                }
            }
            case 3 -> {
                for (int i = from; i < head; i++) {
                    out[o + i] = (byte) (cur[c + i] - ((prev[p + i] & 0xFF) >>> 1));
                }
                for (int i = body; i < to; i++) {
                    out[o + i] = (byte) (cur[c + i] - (((cur[c + i - bpp] & 0xFF) + (prev[p + i] & 0xFF)) >>> 1));
                }
            }
            case 4 -> {
                for (int i = from; i < head; i++) { // Paeth with a = c = 0 predicts the byte above
                    out[o + i] = (byte) (cur[c + i] - prev[p + i]);
                }
                for (int i = body; i < to; i++) {
                    int a = cur[c + i - bpp] & 0xFF;
                    int b = prev[p + i] & 0xFF;
                    int cc = prev[p + i - bpp] & 0xFF;
                    out[o + i] = (byte) (cur[c + i] - paeth(a, b, cc));
                }
            }
            default -> throw new IllegalArgumentException("PNG filter type " + type);
        }
    }

    private static int paeth(int a, int b, int c) {
        int pa = Math.abs(b - c);
        int pb = Math.abs(a - c);
        int pc = Math.abs(a + b - 2 * c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
