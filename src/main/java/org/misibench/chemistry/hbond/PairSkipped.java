package org.misibench.chemistry.hbond;

/**
 * Thrown while testing one donor–acceptor pair when ChimeraX would raise its ConnectivityError or
 * AtomTypeError there: the pair is skipped (ChimeraX logs a warning) and the search goes on.
 */
final class PairSkipped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PairSkipped(String reason) {
        super(reason, null, false, false);
    }
}
