package org.misibench.task;

import org.misibench.render.camera.Camera;
import org.misibench.render.camera.ScreenAxis;
import org.misibench.scoring.Axis;
import org.misibench.scoring.Operation;
import org.misibench.scoring.OperationType;

/** Applies answer commands to a camera, as ChimeraX's {@code move} and {@code turn} do (spec §2.5–2.6). */
public final class CameraOperations {

    private CameraOperations() {
    }

    /** The camera after {@code operation}, rotations being about {@code centreOfRotation} (scene coordinates). */
    public static Camera apply(Operation operation, Camera camera, double[] centreOfRotation) {
        ScreenAxis axis = screenAxis(operation.axis());
        return operation.type() == OperationType.MOVE
                ? camera.move(axis, operation.amount())
                : camera.turn(axis, operation.amount(), centreOfRotation);
    }

    static ScreenAxis screenAxis(Axis axis) {
        return switch (axis) {
            case X -> ScreenAxis.X;
            case Y -> ScreenAxis.Y;
            case Z -> ScreenAxis.Z;
        };
    }
}
