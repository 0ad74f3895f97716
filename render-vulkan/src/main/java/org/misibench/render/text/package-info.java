/**
 * Label text: glyphs rasterised once from a bundled font into an atlas, and labels composited
 * on top of rendered images with ChimeraX's placement (spec §3.5). The font is bundled (DejaVu
 * Sans, licence beside it) so that text pixels are the same on every machine; ChimeraX's Arial is
 * not free to ship (Decision).
 */
package org.misibench.render.text;
