/**
 * Artifacts of the {@code generate} job ({@code META-INF/batch-jobs/generate.xml}). Bean names are
 * the decapitalised class names that the job XML refers to ({@code JobXmlRefsTest} checks them).
 */
package org.misibench.jobs.generate;
