/**
 * Where complexes come from: discovering input complexes on disk or in the bundled sample,
 * their files, and content hashes for provenance. Nothing here parses chemistry; that is the
 * job of the structure readers.
 */
package org.misibench.source;
