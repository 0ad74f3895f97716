package org.misibench.render.vulkan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.misibench.render.camera.BoundingBox;
import org.misibench.render.camera.Camera;
import org.misibench.render.scene.RenderSettings;

/**
 * The push-constant block of {@code frame.glsl} for one frame: view matrix, projection, depth cue
 * and background. Near and far planes follow ChimeraX (spec §2.1): the bounds centre's distance
 * ± 1.01 × the bounds' half-diagonal, near kept ≥ 0.001 × (far − near); the depth cue fades from
 * halfway between them to the far plane.
 */
final class FrameConstants {

    private static final double TAN_HALF_FOV = Math.tan(Math.toRadians(Camera.FIELD_OF_VIEW / 2));

    private FrameConstants() {
    }

    static ByteBuffer of(Camera camera, BoundingBox bounds, RenderSettings settings) {
        ByteBuffer b = ByteBuffer.allocateDirect(ImpostorPipeline.PUSH_CONSTANT_BYTES).order(ByteOrder.nativeOrder());
        double[] origin = camera.position();
        double[][] axes = {camera.axis(0), camera.axis(1), camera.axis(2)};
        // column-major mat4: scene -> view, rows are the camera axes
        for (int column = 0; column < 4; column++) {
            for (int row = 0; row < 4; row++) {
                double value;
                if (row == 3) {
                    value = column == 3 ? 1 : 0;
                } else if (column == 3) {
                    value = -(axes[row][0] * origin[0] + axes[row][1] * origin[1] + axes[row][2] * origin[2]);
                } else {
                    value = axes[row][column];
                }
                b.putFloat((float) value);
            }
        }
        double[] c = bounds.centre();
        double centreDepth = -((c[0] - origin[0]) * axes[2][0] + (c[1] - origin[1]) * axes[2][1] + (c[2] - origin[2]) * axes[2][2]);
        double halfDiagonal = Math.sqrt(Math.pow(bounds.maxX() - bounds.minX(), 2) + Math.pow(bounds.maxY() - bounds.minY(), 2)
                + Math.pow(bounds.maxZ() - bounds.minZ(), 2)) / 2;
        double far = centreDepth + 1.01 * halfDiagonal;
        double near = Math.max(centreDepth - 1.01 * halfDiagonal, 0.001 * (far - (centreDepth - 1.01 * halfDiagonal)));
        near = Math.max(near, 1e-3);
        double xScale = 1 / TAN_HALF_FOV;
        b.putFloat((float) xScale).putFloat((float) (xScale * settings.width() / settings.height()))
                .putFloat((float) near).putFloat((float) far);
        RenderSettings.Lighting light = settings.lighting();
        b.putFloat((float) (near + light.depthCueStart() * (far - near)))
                .putFloat((float) (near + light.depthCueEnd() * (far - near)))
                .putFloat(light.depthCue() ? 1f : 0f).putFloat(0f);
        int bg = settings.backgroundRgba();
        b.putFloat(((bg >>> 24) & 0xFF) / 255f).putFloat(((bg >>> 16) & 0xFF) / 255f).putFloat(((bg >>> 8) & 0xFF) / 255f)
                .putFloat((float) (settings.width() / 2.0 / TAN_HALF_FOV));
        return b.flip();
    }
}
