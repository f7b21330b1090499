package na64.analysis.background;

import java.util.Comparator;
import java.util.Locale;

/**
 * How a simulated background source compares with NA64's published estimate of it (scaled to the
 * study's EOT), in words for the report and {@code background.csv}: agreement within a factor
 * {@value #FACTOR}, or why not. A bound that lies above the published value says that the sample
 * is too small (the physics is not yet resolved); a measured value more than a factor 3 away names
 * the species that makes it, whose physics docs/validation.md ("Backgrounds by simulation")
 * describes.
 */
public final class PublishedComparison {
    /** Estimates within this factor of each other agree. */
    public static final double FACTOR = 3;

    private PublishedComparison() {
    }

    /**
     * @param simulated the study's own estimate (for an adopted published value: its simulated bound, {@code counted})
     * @param published NA64's estimate scaled to the study's EOT, or null if NA64 has none for the source
     */
    public static String explain(SourceEstimate source, Estimate simulated, Estimate published) {
        if (published == null) {
            return "not in NA64's table";
        }
        double s = simulated.value();
        double p = published.value();
        if (simulated.upperLimit() && published.upperLimit()) {
            return "both are upper limits (" + simulated.format() + " simulated, " + published.format() + " NA64)";
        }
        if (simulated.upperLimit()) {
            if (s <= p) {
                return "consistent: the simulated bound lies below NA64's estimate";
            }
            return String.format(Locale.ROOT, "not resolved: the simulated bound is %.2g times NA64's estimate, so its "
                    + "samples are too small (about %.2g times more events, or a bias that produces the passing events, "
                    + "are needed to reach it)", s / p, s / p);
        }
        if (published.upperLimit()) {
            return s <= p ? "consistent: below NA64's upper limit"
                    : String.format(Locale.ROOT, "%.2g times NA64's upper limit%s", s / p, dominantPart(source));
        }
        double ratio = s / p;
        if (ratio <= FACTOR && ratio >= 1 / FACTOR) {
            return String.format(Locale.ROOT, "agrees within a factor %.0f (ratio %.2f)", FACTOR, ratio);
        }
        return String.format(Locale.ROOT, "ratio %.2g, beyond a factor %.0f%s", ratio, FACTOR, dominantPart(source));
    }

    /** "; dominated by mu- (83 %), see ..." for a source summed over species, or the pointer alone. */
    private static String dominantPart(SourceEstimate source) {
        String pointer = ": the physics of each contribution is in docs/validation.md, \"Backgrounds by simulation\"";
        if (source.parts().size() < 2 || !(source.estimate().value() > 0)) {
            return pointer;
        }
        SourceEstimate top = source.parts().stream().max(Comparator.comparingDouble(x -> x.estimate().value())).orElseThrow();
        return String.format(Locale.ROOT, "; %.0f %% of it from %s%s", 100 * top.estimate().value() / source.estimate().value(),
                top.label(), pointer);
    }
}
