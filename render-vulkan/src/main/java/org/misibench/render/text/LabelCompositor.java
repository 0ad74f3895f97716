package org.misibench.render.text;

import java.util.List;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.PixelPoint;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.render.scene.Label;

/**
 * Draws labels on top of a rendered RGBA image, as ChimeraX places 3D labels (spec §3.5): the
 * label's lower-left corner is the anchor plus the offset in screen axes; its height is the
 * label height in scene units at that depth (so nearer labels are larger); its width follows the
 * text's proportions. Glyphs are box-filtered from the {@link GlyphAtlas}, so the result is the
 * same on every machine.
 */
public final class LabelCompositor {

    private static final double TAN_HALF_FOV = Math.tan(Math.toRadians(Camera.FIELD_OF_VIEW / 2));

    private final GlyphAtlas atlas;

    public LabelCompositor(GlyphAtlas atlas) {
        this.atlas = atlas;
    }

    /** Blends every label into {@code rgba} (tightly packed rows of a {@code width × height} image). */
    public void draw(byte[] rgba, int width, int height, List<Label> labels, Camera camera) {
        for (Label label : labels) {
            draw(rgba, width, height, label, camera);
        }
    }

    private void draw(byte[] rgba, int width, int height, Label label, Camera camera) {
        ScreenPoint anchor = camera.toScreen(label.x(), label.y(), label.z());
        ScreenPoint corner = new ScreenPoint(anchor.x() + label.offsetX(), anchor.y() + label.offsetY(),
                anchor.z() + label.offsetZ());
        if (corner.z() >= 0) {
            return; // behind the eye
        }
        PixelPoint lowerLeft = Camera.project(corner, width, height);
        double pixelHeight = label.height() * width / 2.0 / (lowerLeft.depth() * TAN_HALF_FOV);
        double scale = pixelHeight / atlas.cellHeight();   // image pixels per atlas pixel
        double top = lowerLeft.y() - pixelHeight;
        double penX = lowerLeft.x();
        int r = (label.rgba() >>> 24) & 0xFF;
        int g = (label.rgba() >>> 16) & 0xFF;
        int b = (label.rgba() >>> 8) & 0xFF;
        double alpha = (label.rgba() & 0xFF) / 255.0;
        String text = label.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            double glyphWidth = atlas.advance(c) * scale;
            int x0 = Math.max(0, (int) Math.floor(penX));
            int x1 = Math.min(width, (int) Math.ceil(penX + glyphWidth));
            int y0 = Math.max(0, (int) Math.floor(top));
            int y1 = Math.min(height, (int) Math.ceil(lowerLeft.y()));
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    // the part of this image pixel inside the glyph, mapped back to atlas pixels
                    double ax0 = (Math.max(x, penX) - penX) / scale;
                    double ax1 = (Math.min(x + 1, penX + glyphWidth) - penX) / scale;
                    double ay0 = (Math.max(y, top) - top) / scale;
                    double ay1 = (Math.min(y + 1, lowerLeft.y()) - top) / scale;
                    if (ax1 <= ax0 || ay1 <= ay0) {
                        continue;
                    }
                    double pixelFraction = (ax1 - ax0) * (ay1 - ay0) * scale * scale;
                    double a = alpha * atlas.coverage(c, ax0, ay0, ax1, ay1) * pixelFraction;
                    if (a > 0) {
                        int p = (y * width + x) * 4;
                        rgba[p] = blend(rgba[p], r, a);
                        rgba[p + 1] = blend(rgba[p + 1], g, a);
                        rgba[p + 2] = blend(rgba[p + 2], b, a);
                    }
                }
            }
            penX += glyphWidth;
        }
    }

    private static byte blend(byte under, int over, double a) {
        double v = (under & 0xFF) * (1 - a) + over * a;
        return (byte) Math.min(255, (int) Math.round(v));
    }
}
