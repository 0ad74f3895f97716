/**
 * The item: the unit curators review and researchers are scored on, with its images referenced by
 * SHA-256, its provenance, and its JSON line ({@link org.misibench.item.ItemJson}, the release
 * format of {@code docs/release-format.md}).
 */
package org.misibench.item;
