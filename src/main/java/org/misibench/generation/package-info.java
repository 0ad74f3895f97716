/**
 * Planning and running the generation of items for a set of prepared complexes: which split each
 * complex belongs to ({@link org.misibench.generation.SplitAssigner}), its place in the run
 * ({@link org.misibench.generation.RunPlan}), which tasks to draw
 * ({@link org.misibench.generation.TaskSelection}), the drafts of one complex
 * ({@link org.misibench.generation.ComplexItemGenerator}) and their images
 * ({@link org.misibench.generation.ItemImageRenderer}). Data flows one way: prepared complex →
 * drafts → rendered images → {@link org.misibench.item.Item}s.
 */
package org.misibench.generation;

