/** Step listeners every job shares: failure reasons into exit statuses, skipped complexes into the quarantine. */
package org.misibench.jobs.listeners;
