/** Item images served from the runner's data directory, by content hash only. */
package org.misibench.web.images;
