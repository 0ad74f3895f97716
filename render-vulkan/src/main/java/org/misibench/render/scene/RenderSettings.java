package org.misibench.render.scene;

/**
 * How to draw: image size, background, anti-aliasing and lighting (ChimeraX's defaults, spec §3.3
 * and §4). Immutable; {@code with…} methods return changed copies.
 *
 * @param samples anti-aliasing samples per pixel: 1 (none) or 4 (4× multisampling)
 */
public record RenderSettings(int width, int height, int backgroundRgba, int samples, Lighting lighting) {

    public RenderSettings {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        if (samples != 1 && samples != 4) {
            throw new IllegalArgumentException("samples must be 1 or 4: " + samples);
        }
    }

    /** 512 × 512 (the benchmark's default image size, a Decision), black, 4× multisampling, default lighting. */
    public static RenderSettings defaults() {
        return new RenderSettings(512, 512, 0x000000FF, 4, Lighting.CHIMERAX_DEFAULT);
    }

    public RenderSettings withSize(int w, int h) {
        return new RenderSettings(w, h, backgroundRgba, samples, lighting);
    }

    public RenderSettings withSamples(int s) {
        return new RenderSettings(width, height, backgroundRgba, s, lighting);
    }

    public RenderSettings withBackground(int rgba) {
        return new RenderSettings(width, height, rgba, samples, lighting);
    }

    /**
     * Lights in camera coordinates (directions the light travels), intensities, material and depth
     * cue, as ChimeraX's "default" lighting preset.
     */
    public record Lighting(double[] keyDirection, double keyIntensity, double[] fillDirection, double fillIntensity,
                           double ambientIntensity, double ambientReflectivity, double diffuseReflectivity,
                           double specularReflectivity, double specularExponent, boolean depthCue,
                           double depthCueStart, double depthCueEnd) {

        public static final Lighting CHIMERAX_DEFAULT = new Lighting(
                new double[] {0.577, -0.577, -0.577}, 1.0, new double[] {-0.2, -0.2, -0.959}, 0.5,
                0.4, 0.8, 0.8, 0.3, 30, true, 0.5, 1.0);
    }
}
