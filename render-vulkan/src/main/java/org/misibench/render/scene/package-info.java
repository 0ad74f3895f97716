/**
 * What the renderer draws, knowing nothing of chemistry: spheres, two-coloured cylinders
 * (half-bond sticks) and text labels drawn on top, in scene coordinates (Å). Chemistry is turned
 * into scenes by the core's scene builder; renderers (Vulkan, and any reference back end) draw them.
 */
package org.misibench.render.scene;
