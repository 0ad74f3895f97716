/**
 * Writing a release: the frozen folder of approved items that researchers download and score a model
 * on, in the layout of {@code docs/release-format.md} (spec §7). {@link org.misibench.release.ReleaseWriter}
 * orchestrates; each file kind has one class: {@link org.misibench.release.ImageCopier} ({@code images/}),
 * {@link org.misibench.release.ItemSpool} (the id order of {@code items/}),
 * {@link org.misibench.release.VlmEvalKitTsv} ({@code vlmevalkit/}), {@link org.misibench.release.DatasetCard}
 * ({@code README.md}), {@link org.misibench.release.Manifest} ({@code manifest.json}) and
 * {@link org.misibench.release.Sha256Sums} ({@code SHA256SUMS}); {@link org.misibench.release.StagingFolder}
 * builds it out of sight and publishes it with one rename.
 *
 * <p>The same items and info give byte-identical files whatever order the items arrive in: a release is
 * checked by its {@code SHA256SUMS}, so rebuilding it must give the same sums.
 */
package org.misibench.release;
