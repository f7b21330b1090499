package na64.physics.model;

import java.util.Arrays;
import java.util.List;
import na64.physics.DataFiles;

/**
 * R(sqrt s) = sigma(e+e- -> hadrons) / sigma_pt(e+e- -> mu+mu-), from the smoothed PDG
 * compilation distributed with DarkCast (Ilten, Soreq, Williams, Xue, JHEP 06 (2018) 004); the
 * data file and its provenance: resources na64/physics/model/hadronic-r-ratio.tsv.
 *
 * <p>Linear interpolation in sqrt s; 0 below the first point (2 m_pi); above the last point
 * (2.0 GeV) the flat continuum value of the source, 2.18 (no charm: na64 needs sqrt s < 3.7 GeV).
 * Immutable; load once with {@link #pdg()} and share.
 */
public final class HadronicRatio {
    private static final String RESOURCE = "hadronic-r-ratio.tsv";

    private final double[] sqrtS;
    private final double[] ratio;

    private HadronicRatio(double[] sqrtS, double[] ratio) {
        this.sqrtS = sqrtS;
        this.ratio = ratio;
    }

    /** The tabulation shipped with na64 (see class comment), loaded once (immutable). */
    public static HadronicRatio pdg() {
        return Shipped.INSTANCE;
    }

    /** Holder idiom: the shipped table is read on first use. */
    private static final class Shipped {
        static final HadronicRatio INSTANCE = load();
    }

    private static HadronicRatio load() {
        List<String[]> rows = DataFiles.rows(HadronicRatio.class, RESOURCE);
        double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r[0])).toArray();
        double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        return new HadronicRatio(x, y);
    }

    /** R at centre-of-mass energy sqrt s [GeV]. */
    public double at(double sqrtSGeV) {
        int n = sqrtS.length;
        if (!(sqrtSGeV >= sqrtS[0])) {
            return 0;
        }
        if (sqrtSGeV >= sqrtS[n - 1]) {
            return ratio[n - 1];
        }
        int i = Arrays.binarySearch(sqrtS, sqrtSGeV);
        if (i >= 0) {
            return ratio[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (sqrtSGeV - sqrtS[lo]) / (sqrtS[hi] - sqrtS[lo]);
        return ratio[lo] + f * (ratio[hi] - ratio[lo]);
    }

    /** Lowest tabulated energy [GeV] (the two-pion threshold). */
    public double threshold() {
        return sqrtS[0];
    }
}
