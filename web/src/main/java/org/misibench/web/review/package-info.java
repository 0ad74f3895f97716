/**
 * The curators' review pages: the queue with each curator's saved filters, the item page with its
 * decisions and audit trail, and bulk decisions.
 */
package org.misibench.web.review;
