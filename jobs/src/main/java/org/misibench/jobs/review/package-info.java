/**
 * Review of generated items: the curators' queue (keyset-paged), an item's content and state,
 * decisions with optimistic locking on MISI.ITEM.version, the audit trail MISI.ITEM_REVIEW, and
 * curators' saved queue filters (MISI.SAVED_FILTER).
 * Plain JDBC on a {@link javax.sql.DataSource}, so the same code runs in WildFly and in tests on H2.
 */
package org.misibench.jobs.review;
