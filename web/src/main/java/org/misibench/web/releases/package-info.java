/** The releases page (admins): freezing the approved items into a named release, the list, and comparisons. */
package org.misibench.web.releases;
