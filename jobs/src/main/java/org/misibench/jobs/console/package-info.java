/**
 * {@code ./misi console}: a WildFly of its own for the curator console, made from the server the
 * web build provisions, with the WAR deployed and the runner's output folder as its data.
 */
package org.misibench.jobs.console;
