/**
 * The embedded default: the same job XML and artifacts as in WildFly, run by JBeret SE with
 * Weld SE and an embedded H2 file database, no application server.
 */
package org.misibench.jobs.se;
