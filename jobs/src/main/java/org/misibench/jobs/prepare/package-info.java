/**
 * The {@code prepare-complexes} step (defined in {@code META-INF/batch-jobs/misi-steps.xml}, run by
 * the {@code prepare} and {@code generate-benchmark} jobs): read the input complexes, prepare them,
 * store the result. Bean names are the decapitalised class names the job XML refers to
 * ({@code JobXmlRefsTest} checks them).
 */
package org.misibench.jobs.prepare;
