package org.misibench.web.review;

import java.io.Serializable;

/**
 * The item a curator just decided on, carried in the Faces flash to the next item's page, which
 * names it, says its new state and links back to it.
 *
 * @param url the decided item's page with the queue filter the curator came from
 */
public record DecidedItem(String itemId, String state, String url) implements Serializable {
}
