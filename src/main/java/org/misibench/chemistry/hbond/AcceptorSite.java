package org.misibench.chemistry.hbond;

/**
 * An atom classified as an H-bond acceptor: which class claimed it and the test a donor must pass.
 *
 * @param atom  the acceptor's index in its model
 * @param label the class, e.g. {@code "A6 amide O"}
 * @param test  the acceptor-side geometry test with relaxed parameters
 */
record AcceptorSite(int atom, String label, AcceptorTest test) {
}
