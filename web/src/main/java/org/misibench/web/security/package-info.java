/**
 * The signed-in user as the pages see it. Sign-in itself is the server's (Elytron FORM login over
 * MISI.APP_USER, config/wildfly/misi-server.cli); the WAR only declares who may see what (web.xml,
 * {@code @RolesAllowed}).
 */
package org.misibench.web.security;
