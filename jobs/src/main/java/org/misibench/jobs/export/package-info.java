/** The {@code export-release} step: items of a review state written as a release folder (spec §7). */
package org.misibench.jobs.export;
