/** The curators' review pages: the queue and the item page with its decisions and audit trail. */
package org.misibench.web.review;
