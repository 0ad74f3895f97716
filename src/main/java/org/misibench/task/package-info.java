/**
 * The benchmark's tasks: drawing each task's parameters for a complex (seeded), the images an item
 * shows as cameras on the complex's scene, the question text from the task's template, and the
 * answer. Items are drafts here; rendering turns their image specs into content-addressed files.
 */
package org.misibench.task;
