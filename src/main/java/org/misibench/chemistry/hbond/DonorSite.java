package org.misibench.chemistry.hbond;

/**
 * An atom classified as an H-bond donor.
 *
 * @param atom  the donor's index in its model
 * @param label the class, e.g. {@code "D13 secondary amide N-H"}
 * @param test  the donor-side geometry test with relaxed parameters
 */
record DonorSite(int atom, String label, DonorTest test) {
}
