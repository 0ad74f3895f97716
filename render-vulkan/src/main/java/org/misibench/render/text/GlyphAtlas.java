package org.misibench.render.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The printable ASCII glyphs of the bundled font, rasterised once per process at 48 px (ChimeraX's
 * label texture size) into one grey-scale atlas: a cell per character, every cell as tall as the
 * font's line (ascent + descent), as wide as the character's advance.
 */
public final class GlyphAtlas {

    /** Rasterisation size in pixels, ChimeraX's default label font size. */
    public static final int FONT_PIXELS = 48;

    private static final char FIRST = 32;
    private static final char LAST = 126;
    private static GlyphAtlas shared;

    private final byte[] coverage;   // atlas pixels, 0..255, row-major
    private final int atlasWidth;
    private final int cellHeight;
    private final int[] cellX = new int[LAST - FIRST + 1];
    private final int[] advance = new int[LAST - FIRST + 1];

    private GlyphAtlas(Font font) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics metrics = pg.getFontMetrics(font);
        pg.dispose();
        int x = 0;
        for (char c = FIRST; c <= LAST; c++) {
            cellX[c - FIRST] = x;
            advance[c - FIRST] = metrics.charWidth(c);
            x += advance[c - FIRST] + 2; // a gap so box filtering never reads a neighbour
        }
        this.atlasWidth = x;
        this.cellHeight = metrics.getAscent() + metrics.getDescent();
        BufferedImage atlas = new BufferedImage(atlasWidth, cellHeight, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = atlas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        g.setFont(font);
        g.setColor(java.awt.Color.WHITE);
        for (char c = FIRST; c <= LAST; c++) {
            g.drawString(String.valueOf(c), cellX[c - FIRST], metrics.getAscent());
        }
        g.dispose();
        this.coverage = new byte[atlasWidth * cellHeight];
        atlas.getRaster().getDataElements(0, 0, atlasWidth, cellHeight, coverage);
    }

    /** The process-wide atlas of the bundled font (made on first use). */
    public static synchronized GlyphAtlas shared() {
        if (shared == null) {
            shared = new GlyphAtlas(loadFont());
        }
        return shared;
    }

    private static Font loadFont() {
        try (InputStream in = GlyphAtlas.class.getResourceAsStream("DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the bundled font DejaVuSans.ttf is missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) FONT_PIXELS);
        } catch (IOException e) {
            throw new UncheckedIOException("read the bundled font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font is not a TrueType font", e);
        }
    }

    /** Height of every cell (the font's line height) in atlas pixels. */
    public int cellHeight() {
        return cellHeight;
    }

    /** Advance of {@code c} in atlas pixels; characters outside printable ASCII show as '?'. */
    public int advance(char c) {
        return advance[index(c)];
    }

    /** Width of {@code text} in atlas pixels. */
    public int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += advance(text.charAt(i));
        }
        return w;
    }

    /** Mean coverage (0..1) of the atlas area [x0, x1) × [y0, y1) within the cell of {@code c}. */
    double coverage(char c, double x0, double y0, double x1, double y1) {
        int cell = cellX[index(c)];
        int ix0 = Math.max(0, (int) Math.floor(x0));
        int iy0 = Math.max(0, (int) Math.floor(y0));
        int ix1 = Math.min(advance[index(c)], (int) Math.ceil(x1));
        int iy1 = Math.min(cellHeight, (int) Math.ceil(y1));
        double sum = 0;
        double area = 0;
        for (int y = iy0; y < iy1; y++) {
            double wy = Math.min(y + 1, y1) - Math.max(y, y0);
            for (int x = ix0; x < ix1; x++) {
                double w = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
                sum += w * (coverage[y * atlasWidth + cell + x] & 0xFF);
                area += w;
            }
        }
        double full = (x1 - x0) * (y1 - y0);
        return full <= 0 ? 0 : sum / 255.0 / full;
    }

    private static int index(char c) {
        return (c < FIRST || c > LAST ? '?' : c) - FIRST;
    }
}
