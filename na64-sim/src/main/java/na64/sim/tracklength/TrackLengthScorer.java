package na64.sim.tracklength;

import java.util.Arrays;
import java.util.Map;
import na64.physics.tracklength.TrackLengthTable;
import na64.sim.cascade.CascadeObserver;
import na64.sim.cascade.EmTables;

/**
 * Scores the differential track length dT/dE of electrons, positrons and photons of the explicit
 * cascade in chosen volumes (the active target), in logarithmic energy bins, with statistical
 * errors from the event-to-event spread. A charged step slowing down from E0 to E1 adds to each bin
 * [a, b) it overlaps the path length R(min(E0, b)) - R(max(E1, a)), R the range of the continuous
 * slowing down (exact for the transport's own model); a photon step adds its length to its bin.
 * Only particles above the cascade's cut are followed, so the spectra are meaningful above the cut.
 * One instance per thread; {@link #merge} combines threads.
 */
public final class TrackLengthScorer implements CascadeObserver {
    private static final int SPECIES = 3;

    private final double[] edges;
    private final double lnMin;
    private final double lnStep;
    private final boolean[] scored;
    private final double[][] event;
    private final double[][] sum;
    private final double[][] sum2;
    private long events;

    /**
     * @param eMin          lowest bin edge [GeV]
     * @param eMax          highest bin edge [GeV]
     * @param binsPerDecade bins per decade of energy
     * @param volumes       number of volumes of the layout
     * @param scoredVolumes indices of the volumes whose track length counts (the target)
     */
    public TrackLengthScorer(double eMin, double eMax, int binsPerDecade, int volumes, int... scoredVolumes) {
        if (!(eMax > eMin) || !(eMin > 0) || binsPerDecade < 1) {
            throw new IllegalArgumentException("bad binning " + eMin + " - " + eMax + " GeV, " + binsPerDecade + "/decade");
        }
        int n = (int) Math.ceil(Math.log10(eMax / eMin) * binsPerDecade - 1e-9);
        this.lnMin = Math.log(eMin);
        this.lnStep = Math.log(eMax / eMin) / n;
        this.edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            edges[i] = i == n ? eMax : Math.exp(lnMin + i * lnStep);
        }
        this.scored = new boolean[volumes];
        for (int v : scoredVolumes) {
            scored[v] = true;
        }
        this.event = new double[SPECIES][n];
        this.sum = new double[SPECIES][n];
        this.sum2 = new double[SPECIES][n];
    }

    public int bins() {
        return edges.length - 1;
    }

    public double[] edges() {
        return edges.clone();
    }

    public long events() {
        return events;
    }

    private int bin(double e) {
        return (int) Math.floor((Math.log(e) - lnMin) / lnStep);
    }

    @Override
    public void chargedStep(int volume, boolean positron, double eStart, double eEnd, double length, EmTables tables) {
        if (!scored[volume] || !(eStart > eEnd) || length <= 0) {
            return;
        }
        double[] row = event[positron ? 1 : 0];
        int n = edges.length - 1;
        int hi = Math.min(bin(eStart), n - 1);
        int lo = Math.max(bin(eEnd), 0);
        if (hi < 0 || lo > n - 1) {
            return;
        }
        double top = Math.min(eStart, edges[n]);
        double bottom = Math.max(eEnd, edges[0]);
        if (lo == hi && top == eStart && bottom == eEnd) {
            row[lo] += length;
            return;
        }
        // shares of the step in each bin from the range, normalised to the step length
        double rStart = tables.range(positron, eStart);
        double rEnd = tables.range(positron, eEnd);
        double total = rStart - rEnd;
        if (!(total > 0)) {
            row[hi] += length;
            return;
        }
        double scale = length / total;
        double upper = tables.range(positron, top);
        for (int b = hi; b >= lo; b--) {
            double lower = tables.range(positron, Math.max(edges[b], bottom));
            row[b] += (upper - lower) * scale;
            upper = lower;
        }
    }

    @Override
    public void photonStep(int volume, double k, double length) {
        if (!scored[volume] || length <= 0) {
            return;
        }
        int b = bin(k);
        if (b >= 0 && b < edges.length - 1) {
            event[2][b] += length;
        }
    }

    /** Closes an event: its track lengths enter the sums and their squares. */
    public void endEvent() {
        for (int s = 0; s < SPECIES; s++) {
            double[] e = event[s];
            for (int b = 0; b < e.length; b++) {
                if (e[b] != 0) {
                    sum[s][b] += e[b];
                    sum2[s][b] += e[b] * e[b];
                    e[b] = 0;
                }
            }
        }
        events++;
    }

    /** Adds another scorer's sums (same binning) to this one. */
    public void merge(TrackLengthScorer other) {
        if (!Arrays.equals(edges, other.edges)) {
            throw new IllegalArgumentException("different binnings");
        }
        for (int s = 0; s < SPECIES; s++) {
            for (int b = 0; b < bins(); b++) {
                sum[s][b] += other.sum[s][b];
                sum2[s][b] += other.sum2[s][b];
            }
        }
        events += other.events;
    }

    /** Mean track length per event in bin b [cm] of species s (0 e-, 1 e+, 2 photon). */
    public double meanLength(int species, int b) {
        return events == 0 ? 0 : sum[species][b] / events;
    }

    /** The table (dT/dE per primary in cm/GeV, with the standard error of the mean). */
    public TrackLengthTable table(Map<String, String> metadata) {
        int n = bins();
        double[][] values = new double[SPECIES][n];
        double[][] errors = new double[SPECIES][n];
        for (int s = 0; s < SPECIES; s++) {
            for (int b = 0; b < n; b++) {
                double width = edges[b + 1] - edges[b];
                double mean = events == 0 ? 0 : sum[s][b] / events;
                double var = events > 1 ? Math.max(0, (sum2[s][b] / events - mean * mean)) / (events - 1) : 0;
                values[s][b] = mean / width;
                errors[s][b] = Math.sqrt(var) / width;
            }
        }
        return new TrackLengthTable(metadata, edges, values, errors);
    }
}
