/**
 * The {@code generate-items} step: per complex, draw the items of every selected task, render
 * their images and store both. Partitioned: partition {@code k} of {@code n} takes the run's
 * complexes {@code k, k + n, …} in id order, each with its own renderer.
 * {@link org.misibench.jobs.items.PlannedComplexReader} reads the plan,
 * {@link org.misibench.jobs.items.ItemDraftProcessor} draws the items,
 * {@link org.misibench.jobs.items.ItemStoreWriter} renders and stores them.
 */
package org.misibench.jobs.items;
