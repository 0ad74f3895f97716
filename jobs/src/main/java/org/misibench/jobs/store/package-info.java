/**
 * The MiSI database: where it is (an embedded H2 file for the SE runner, a WildFly datasource in
 * the server), its schema (Flyway migrations in {@code db/misi}, schema {@code MISI}), and the
 * small JDBC stores the jobs write through. Writes are upserts keyed by content-derived ids, so
 * a restarted chunk rewrites the same rows instead of adding new ones.
 */
package org.misibench.jobs.store;
