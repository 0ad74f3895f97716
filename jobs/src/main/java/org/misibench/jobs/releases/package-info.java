/**
 * The register of frozen releases (MISI.RELEASE, MISI.RELEASE_ITEM): what each named release holds,
 * written by the export job while it writes the folder, and the comparison of two releases.
 */
package org.misibench.jobs.releases;
