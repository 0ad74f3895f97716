/**
 * From a prepared complex to what the renderer draws: the benchmark's fixed style
 * ({@link org.misibench.scene.MisiStyle}), the scene of a pocket and its ligand
 * ({@link org.misibench.scene.ComplexSceneBuilder}) and the cameras of the six canonical views with
 * the atoms' screen and pixel coordinates in each ({@link org.misibench.scene.ComplexViews}).
 * Data flows one way, prepared complex → scene; the render module never sees atoms or elements.
 */
package org.misibench.scene;
