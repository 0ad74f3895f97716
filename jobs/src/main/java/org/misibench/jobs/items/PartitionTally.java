package org.misibench.jobs.items;

import java.io.Serializable;

/**
 * A partition's position and counts: the reader's checkpoint, so a restart resumes at the next
 * complex with the counts so far (the progress rows are written absolute from it).
 */
final class PartitionTally implements Serializable {

    private static final long serialVersionUID = 1L;

    int next;
    long items;
    long images;

    PartitionTally copy() {
        PartitionTally t = new PartitionTally();
        t.next = next;
        t.items = items;
        t.images = images;
        return t;
    }
}
