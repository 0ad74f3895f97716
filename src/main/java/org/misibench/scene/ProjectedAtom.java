package org.misibench.scene;

import org.misibench.render.camera.PixelPoint;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.structure.Atom;

/**
 * Where an atom appears in one view: in the camera frame (Å, as ChimeraX {@code getcrd screen}
 * reports it, the frame the answers' {@code move}/{@code roll} use) and in the image's pixels
 * (for ground truth that points at the picture).
 *
 * @param atom   the atom
 * @param screen its camera-frame coordinates, Å (visible atoms have negative z)
 * @param pixel  its pixel position, origin top-left, y down
 */
public record ProjectedAtom(Atom atom, ScreenPoint screen, PixelPoint pixel) {
}
