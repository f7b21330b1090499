package na64.reco.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;

/**
 * Finds the straight track in one projection of one spectrometer arm among the candidate
 * measurements of its planes (noise, pile-up and mirror straw candidates included): every pair
 * of candidates on two different planes seeds a line; on every plane the candidate nearest to
 * the seed line within the road is taken; the combination with the most planes, then the lowest
 * chi2 + (slope / slopeScale)^2, is fitted ({@link LineFit}). The slope term is a weak prior that
 * tracks in the spectrometer are nearly parallel to the beam: it decides between two-point lines
 * (chi2 = 0), e.g. a Micromegas point and the two mirror candidates of a lone straw circle.
 */
public final class SegmentFinder {
    private SegmentFinder() {
    }

    /** The best line, or null with fewer than two planes. */
    public static LineFit find(List<Measurement> measurements, double road, double z0, double slopeScale) {
        List<List<Measurement>> planes = byPlane(measurements);
        if (planes.size() < 2) {
            return null;
        }
        int n = planes.size();
        double[] z = new double[n];
        double[] u = new double[n];
        double[] s = new double[n];
        boolean simple = planes.stream().allMatch(l -> l.size() == 1);
        if (simple) {
            for (int i = 0; i < n; i++) {
                Measurement m = planes.get(i).get(0);
                z[i] = m.z();
                u[i] = m.position();
                s[i] = m.sigma();
            }
            return LineFit.fit(z, u, s, n, z0);
        }
        LineFit best = null;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (Measurement a : planes.get(i)) {
                    for (Measurement b : planes.get(j)) {
                        double slope = (b.position() - a.position()) / (b.z() - a.z());
                        int used = 0;
                        for (List<Measurement> plane : planes) {
                            Measurement nearest = null;
                            double distance = Double.MAX_VALUE;
                            for (Measurement m : plane) {
                                double d = Math.abs(m.position() - a.position() - slope * (m.z() - a.z()));
                                if (d < distance) {
                                    distance = d;
                                    nearest = m;
                                }
                            }
                            if (distance <= road) {
                                z[used] = nearest.z();
                                u[used] = nearest.position();
                                s[used] = nearest.sigma();
                                used++;
                            }
                        }
                        LineFit fit = LineFit.fit(z, u, s, used, z0);
                        if (fit != null && (best == null || fit.points() > best.points()
                                || (fit.points() == best.points() && score(fit, slopeScale) < score(best, slopeScale)))) {
                            best = fit;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * The measurements grouped by plane, planes in increasing order, each in its input order (a
     * stable sort by plane, skipped when they come sorted, as from {@link MeasurementProcessor}).
     */
    static List<List<Measurement>> byPlane(List<Measurement> measurements) {
        List<Measurement> sorted = measurements;
        for (int i = 1; i < measurements.size(); i++) {
            if (measurements.get(i - 1).plane() > measurements.get(i).plane()) {
                sorted = new ArrayList<>(measurements);
                sorted.sort(Comparator.comparingInt(Measurement::plane));
                break;
            }
        }
        List<List<Measurement>> planes = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).plane() != sorted.get(start).plane()) {
                planes.add(sorted.subList(start, i));
                start = i;
            }
        }
        return planes;
    }

    private static double score(LineFit fit, double slopeScale) {
        double t = fit.slope() / slopeScale;
        return fit.chi2() + t * t;
    }
}
