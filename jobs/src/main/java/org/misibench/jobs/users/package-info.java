/**
 * Console users: the MISI.APP_USER table that WildFly's Elytron jdbc-realm signs in against, and
 * the bcrypt hashes in it. Written by {@code ./misi user add} and the console's admin pages.
 */
package org.misibench.jobs.users;
