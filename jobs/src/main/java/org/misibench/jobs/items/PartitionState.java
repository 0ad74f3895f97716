package org.misibench.jobs.items;

/** What the reader shares with the processor and writer of its partition (step context user data). */
record PartitionState(int partition, int complexes, PartitionTally tally, GenerationParameters parameters) {
}
