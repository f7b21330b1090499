package na64.sim.signal;

/**
 * The optical depth D(E) of a rare process for an electron or positron slowing down in a volume
 * (unbiased, non-decreasing in E), so that a step from E0 to E1 crosses D(E0) - D(E1), and its
 * inverse. Implemented by the process tables; immutable, shared by threads.
 */
interface OpticalDepth {
    double depth(int volume, boolean positron, double energy);

    /** The energy E with D(E) = d in the volume. */
    double energyAtDepth(int volume, boolean positron, double d);
}
