/** Scheduled generation runs in the server, configured in {@code config/generation/schedule.properties}. */
package org.misibench.web.schedule;
