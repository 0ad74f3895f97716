/** The {@code misi} command line (picocli); the root {@code ./misi} script builds and starts it. */
package org.misibench.jobs.cli;
