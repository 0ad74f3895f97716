/**
 * Turning rendered {@link org.misibench.render.vulkan.RgbaImage}s into PNG files fast enough to keep
 * up with the renderer. The benchmark generator writes hundreds of thousands of images, and
 * {@code javax.imageio} took as long to encode one as the renderer took to draw it; so this package
 * has its own PNG encoder (plain {@link java.util.zip.Deflater}, reusable buffers, only the
 * critical chunks, so equal pixels give equal bytes and images can be content-addressed) and a
 * worker pool that encodes and writes files atomically off the renderer's thread.
 */
package org.misibench.render.image;
