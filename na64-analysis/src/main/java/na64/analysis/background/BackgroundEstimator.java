package na64.analysis.background;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import na64.analysis.select.Count;
import na64.analysis.select.Cut;
import na64.analysis.select.CutFlow;
import na64.analysis.select.Op;
import na64.analysis.select.Selector;
import na64.analysis.select.SelectionSpec;
import na64.analysis.select.Variables;

/**
 * Estimates the background of each source (the four of NA64's table, seed 003) from its simulated
 * sample, normalised to the study's electrons on target ({@link SimulatedSource}):
 *
 * <ul>
 *   <li>(i) dimuons: electrons with gamma -> mu+ mu- biased; events with a dimuon conversion;</li>
 *   <li>(ii) mu, pi, K decays in the beam line: samples of each admixture species; events whose
 *       particle reaching the target is not the beam particle (it decayed in flight);</li>
 *   <li>(iii) lost particles from upstream interactions: electrons of the pseudo-data beam
 *       without a dimuon conversion (upstream bremsstrahlung, interactions in the beam-line
 *       material, leakage);</li>
 *   <li>(iv) punch-through: admixture particles that reached the target undecayed; when forced
 *       punch-through samples ({@link na64.sim.hadron.ForcedPunchThrough}) are given, their events
 *       whose leading n or K0L escaped, and then</li>
 *   <li>(v) the undecayed particles of the natural samples (interactions without an escaping
 *       leading neutral, muons, no interaction);</li>
 *   <li>with a forced upstream-interaction sample ({@link na64.sim.spectrometer.UpstreamInteractions}),
 *       (iii) comes from its interacting electrons and the pseudo-data's electrons become (vi).</li>
 * </ul>
 *
 * When no simulated event of a source passes, the tail of the last signal-box variable (E_HCAL)
 * of the source's events passing every other cut is fitted in a side band just above the box
 * and extrapolated into it ({@link TailExtrapolation}); the adopted estimate is that
 * extrapolation when it is possible and below the 90 % CL upper limit of the empty count, the
 * upper limit otherwise.
 *
 * <p>A sample of 10^5 events cannot resolve a background of 10^-12 per electron on target: when a
 * source stays an upper limit above NA64's published estimate for it (scaled to the study's EOT),
 * {@link #orPublished} adopts the published estimate and says so in the method; the simulated
 * bound stays in the table. A study with enough events replaces every published value by its own.
 */
public final class BackgroundEstimator {
    /** The side band of the fallback extrapolation spans [cut, SIDEBAND_FACTOR x cut] of the last box variable. */
    public static final double SIDEBAND_FACTOR = 10;

    private final Selector engine;
    private final SelectionSpec spec;
    private final double eot;

    /**
     * A sample of one admixture species: its files, particles simulated, PDG code, fraction per
     * electron on target, and its forced-decay sample (null: the decays are counted in the natural sample).
     */
    public record AdmixtureSample(String particle, int pdg, List<Path> files, long simulated, double perEot, ForcedDecaySample forced,
            PunchThroughSample punchThrough) {
        public AdmixtureSample(String particle, int pdg, List<Path> files, long simulated, double perEot) {
            this(particle, pdg, files, simulated, perEot, null, null);
        }
    }

    /**
     * A sample of one species with forced punch-through ({@link na64.sim.hadron.ForcedPunchThrough}):
     * its events of weight above 0 stand for the natural particles whose first hadronic interaction
     * in {@code region} sent the leading neutral out of the setup; {@code simulated} beam particles
     * stand for as many particles of the natural beam.
     */
    public record PunchThroughSample(List<Path> files, long simulated, String region) {
    }

    /**
     * A sample of one species whose every particle decays in the beam line, each event weighted by
     * the probability of its decay and channel ({@link na64.sim.beam.ForcedDecay}); {@code simulated}
     * beam particles stand for as many particles of the natural beam.
     */
    public record ForcedDecaySample(List<Path> files, long simulated, Double electronShare) {
    }

    public BackgroundEstimator(Selector engine, SelectionSpec spec, double eot) {
        this.engine = engine;
        this.spec = spec;
        this.eot = eot;
    }

    /** (i) dimuon losses, from the biased dimuon sample. */
    public SourceEstimate dimuon(List<Path> files, long simulated, double bias) {
        List<Cut> filter = List.of(Cut.of("truth_dimuon", Op.EQ, 1));
        CutFlow flow = engine.cutFlow(spec, files, filter);
        String sample = String.format(Locale.ROOT, "%,d e- with gamma -> mu+ mu- biased x%.0f", simulated, bias);
        return estimate("dimuon", "(i) dimuon losses or decays in the target", files, filter, flow, simulated, 1, sample);
    }

    private static final String UPSTREAM_LABEL = "(iii) lost gamma, n, K0 from upstream interactions";

    /** (iii) electrons of the beam sample without a dimuon conversion. */
    public SourceEstimate upstream(List<Path> files, long electrons) {
        List<Cut> filter = List.of(Cut.of("truth_primary_pdg", Op.EQ, 11), Cut.of("truth_dimuon", Op.EQ, 0));
        CutFlow flow = engine.cutFlow(spec, files, filter);
        String sample = String.format(Locale.ROOT, "%,d beam e- (pseudo-data), no dimuon", electrons);
        return estimate("upstream", UPSTREAM_LABEL, files, filter, flow, electrons, 1, sample);
    }

    /**
     * A sample of electrons forced to interact electronuclearly in the beam-line material
     * ({@link na64.sim.spectrometer.UpstreamInteractions}): its events of weight above 0 stand for
     * the natural electrons with such an interaction; {@code simulated} electrons for as many of the beam.
     */
    public record UpstreamSample(List<Path> files, long simulated, String description) {
    }

    /**
     * (iii) from a forced upstream-interaction sample: its interacting electrons (the events of weight
     * above 0); the pseudo-data's electrons, which hold those interactions only at their natural rate
     * (a few 1e-7 per electron), become (vi), the other losses of beam electrons (radiative tail,
     * leakage), not in NA64's table (as (v) beside a forced punch-through).
     */
    public SourceEstimate upstreamInteractions(UpstreamSample forced) {
        List<Cut> interacted = List.of(Cut.of("truth_primary_pdg", Op.EQ, 11), Cut.of("truth_dimuon", Op.EQ, 0),
                Cut.of("weight", Op.GT, 0));
        String what = String.format(Locale.ROOT, "%,d %s", forced.simulated(), forced.description());
        return estimate("upstream", UPSTREAM_LABEL, forced.files(), interacted, engine.cutFlow(spec, forced.files(), interacted),
                forced.simulated(), 1, what);
    }

    /** (vi) beside a forced upstream-interaction sample: the pseudo-data's electrons without a dimuon conversion. */
    public SourceEstimate otherElectrons(List<Path> files, long electrons) {
        SourceEstimate s = upstream(files, electrons);
        return new SourceEstimate("other-electrons", "(vi) other losses of beam electrons (radiative tail, leakage)", s.estimate(),
                s.method(), s.counted(), s.extrapolated(), s.factorised(), false, s.parts());
    }

    /**
     * The sources the admixture samples measure: (ii) decays in flight, (iv) punch-through and (v) the
     * other undecayed particles of the species with a forced punch-through sample (null if none has one).
     */
    public record AdmixtureEstimates(SourceEstimate beamDecays, SourceEstimate punchThrough, SourceEstimate otherHadrons) {
    }

    /** (ii) decays in flight and (iv) punch-through, summed over the admixture samples (at least one). */
    public AdmixtureEstimates admixture(List<AdmixtureSample> samples) {
        if (samples.isEmpty()) {
            throw new na64.core.InputException("hadrons", "no admixture sample: the beam-line decays and the punch-through "
                    + "need at least one hadron or muon sample");
        }
        List<SourceEstimate> decays = new ArrayList<>();
        List<SourceEstimate> through = new ArrayList<>();
        List<SourceEstimate> others = new ArrayList<>();
        // with a forced punch-through sample (iv) comes from the forced samples, and the natural samples'
        // undecayed particles, which hold the punch-through only at its natural rate, become (v)
        boolean anyForcedPunchThrough = samples.stream().anyMatch(a -> a.punchThrough() != null);
        for (AdmixtureSample s : samples) {
            List<Cut> decayed = List.of(Cut.of("truth_incident_pdg", Op.NE, s.pdg()));
            List<Cut> undecayed = List.of(Cut.of("truth_incident_pdg", Op.EQ, s.pdg()));
            String what = String.format(Locale.ROOT, "%,d %s (%.2g per EOT)", s.simulated(), s.particle(), s.perEot());
            if (s.forced() == null) {
                decays.add(estimate("beam-decays", s.particle(), s.files(), decayed, engine.cutFlow(spec, s.files(), decayed),
                        s.simulated(), s.perEot(), what + ", decayed in flight"));
            } else {
                ForcedDecaySample f = s.forced();
                String forcedWhat = String.format(Locale.ROOT, "%,d %s (%.2g per EOT) forced to decay in the beam line%s", f.simulated(),
                        s.particle(), s.perEot(), f.electronShare() == null ? ""
                        : String.format(Locale.ROOT, ", %.0f %% to a lone e", 100 * f.electronShare()));
                decays.add(estimate("beam-decays", s.particle(), f.files(), decayed, engine.cutFlow(spec, f.files(), decayed),
                        f.simulated(), s.perEot(), forcedWhat));
            }
            SourceEstimate natural = estimate(anyForcedPunchThrough ? "other-hadrons" : "punch-through", s.particle(), s.files(),
                    undecayed, engine.cutFlow(spec, s.files(), undecayed), s.simulated(), s.perEot(), what + ", undecayed");
            (anyForcedPunchThrough ? others : through).add(natural);
            if (s.punchThrough() != null) {
                PunchThroughSample f = s.punchThrough();
                // events of weight 0 had no forced escape: the natural sample holds them
                List<Cut> escaped = List.of(Cut.of("truth_incident_pdg", Op.EQ, s.pdg()), Cut.of("weight", Op.GT, 0));
                String forcedWhat = String.format(Locale.ROOT, "%,d %s (%.2g per EOT), leading n/K0L forced to escape from the first "
                        + "hadronic interaction in %s", f.simulated(), s.particle(), s.perEot(), f.region());
                through.add(estimate("punch-through", s.particle(), f.files(), escaped, engine.cutFlow(spec, f.files(), escaped),
                        f.simulated(), s.perEot(), forcedWhat));
            }
        }
        return new AdmixtureEstimates(combine("beam-decays", "(ii) mu, pi, K -> e + ... decays in the beam line", decays),
                combine("punch-through", "(iv) punch-through of leading hadrons", through),
                others.isEmpty() ? null : combine("other-hadrons", "(v) other particles reaching the target undecayed", others));
    }

    private SourceEstimate estimate(String key, String label, List<Path> files, List<Cut> filter, CutFlow flow, long simulated,
            double perEot, String sample) {
        Count passing = flow.selected();
        Count all = flow.total();
        double typicalWeight = all.events() > 0 ? all.sumW() / all.events() : 1;
        Estimate counted = SimulatedSource.normalise(passing, typicalWeight, simulated, eot, perEot);
        Estimate extrapolated = passing.events() == 0 ? extrapolate(files, filter, simulated, perEot) : null;
        Factorised factorised = passing.events() == 0 ? factorise(files, filter, simulated, perEot) : null;
        Estimate adopted = counted;
        String method = String.format(Locale.ROOT, "%s: %,d of %,d events pass", sample, passing.events(), all.events());
        if (extrapolated != null && extrapolated.value() < counted.value()) {
            adopted = extrapolated;
            method += String.format(Locale.ROOT, "; E_HCAL tail extrapolated into the box (count: %s)", counted.format());
        } else if (factorised != null && factorised.estimate().value() < counted.value()) {
            adopted = factorised.estimate();
            method += "; factorised: " + factorised.note() + String.format(Locale.ROOT, " (count: %s)", counted.format());
        } else if (passing.events() == 0) {
            method += "; 90 % CL upper limit";
            if (factorised != null) {
                method += " (factorised: " + factorised.note() + ")";
            }
        }
        return new SourceEstimate(key, label, adopted, method, counted, extrapolated,
                factorised == null ? null : factorised.estimate(), false);
    }

    /** A factorised estimate and how it was made, in words. */
    record Factorised(Estimate estimate, String note) {
    }

    /**
     * When no event passes every cut: the events with a good track (the tracking cuts) are the
     * base; the efficiency of the SRD cuts and that of the calorimeter cuts are each measured on
     * them, and their product taken as the efficiency of both,
     * <pre>
     *   n = EOT f / N x W(track) x eps(SRD | track) x eps(calorimeters | track),   eps = W(passing) / W(track)
     * </pre>
     * (W: sums of weights of the source's events). This assumes that, for a particle with a good
     * track, the SRD (upstream, synchrotron light in the magnets) and the calorimeters reject the
     * source independently: true for a hadron, whose SRD signal comes from upstream and whose
     * calorimeter signal from its shower; an approximation for the others, stated in the method.
     * The relative errors of the two factors add in quadrature. A factor none of whose events pass
     * is replaced by its upper limit (2.3 events of the mean weight of the base), giving a bound. Null if
     * the selection has no SRD or no calorimeter cut, or no event has a good track.
     */
    private Factorised factorise(List<Path> files, List<Cut> filter, long simulated, double perEot) {
        List<Cut> track = new ArrayList<>(filter);
        List<Cut> srd = new ArrayList<>();
        List<Cut> calorimeters = new ArrayList<>();
        List<Cut> every = new ArrayList<>(spec.cuts());
        every.addAll(spec.signalBox());
        for (Cut c : every) {
            switch (Variables.subsystem(c.variable())) {
                case TRACKING -> track.add(c);
                case SRD -> srd.add(c);
                case CALORIMETERS -> calorimeters.add(c);
            }
        }
        if (srd.isEmpty() || calorimeters.isEmpty()) {
            return null;
        }
        double[] base = weightSums(files, track);
        if (!(base[0] > 0)) {
            return null;
        }
        srd.addAll(0, track);
        calorimeters.addAll(0, track);
        double[] a = weightSums(files, srd);
        double[] b = weightSums(files, calorimeters);
        // an empty factor is bounded by 2.3 events of the base's mean weight: the efficiency is measured on the
        // base, whose weights may differ from those of the events without a good track
        double typicalWeight = base[0] / base[2];
        boolean bound = a[0] == 0 || b[0] == 0;
        double effA = (a[0] > 0 ? a[0] : SimulatedSource.ZERO_EVENTS_UPPER_LIMIT * typicalWeight) / base[0];
        double effB = (b[0] > 0 ? b[0] : SimulatedSource.ZERO_EVENTS_UPPER_LIMIT * typicalWeight) / base[0];
        double value = base[0] * effA * effB * eot * perEot / simulated;
        double relative = Math.hypot(a[0] > 0 ? Math.sqrt(a[1]) / a[0] : 0, b[0] > 0 ? Math.sqrt(b[1]) / b[0] : 0);
        Estimate estimate = bound ? Estimate.below(value) : Estimate.of(value, value * relative);
        String note = String.format(Locale.ROOT, "of %,d events with a good track, eps(SRD) = %s%.3g (%,d events) x eps(calorimeters) = "
                + "%s%.3g (%,d events), assuming the two reject independently", (long) base[2], a[0] > 0 ? "" : "< ", effA, (long) a[2],
                b[0] > 0 ? "" : "< ", effB, (long) b[2]);
        return new Factorised(estimate, note);
    }

    /** {sum of weights, sum of squared weights, events} of the events passing {@code cuts}. */
    private double[] weightSums(List<Path> files, List<Cut> cuts) {
        double[] w = engine.values(files, "weight", cuts)[1];
        double sum = 0;
        double sum2 = 0;
        for (double x : w) {
            sum += x;
            sum2 += x * x;
        }
        return new double[] {sum, sum2, w.length};
    }

    /** The tail of the last signal-box variable, fitted above its cut and extrapolated below it; null if not possible. */
    private Estimate extrapolate(List<Path> files, List<Cut> filter, long simulated, double perEot) {
        Cut last = spec.signalBox().get(spec.signalBox().size() - 1);
        if (last.op() != Op.LT && last.op() != Op.LE || !(last.value() > 0)) {
            return null;
        }
        List<Cut> cuts = new ArrayList<>(filter);
        cuts.addAll(spec.cuts());
        cuts.addAll(spec.signalBox().subList(0, spec.signalBox().size() - 1));
        double[][] v = engine.values(files, last.variable(), cuts);
        try {
            TailExtrapolation.Fit fit = TailExtrapolation.fit(v[0], v[1], last.value(), SIDEBAND_FACTOR * last.value(), 0, last.value());
            return fit.extrapolated().scaled(eot * perEot / simulated);
        } catch (na64.core.InputException tooFew) {
            return null;
        }
    }

    /**
     * The source as estimated, or, if the simulation only bounds it from above and the bound lies
     * above NA64's published estimate of the same source scaled to the study's EOT, the published
     * estimate (the simulated bound kept as {@code counted}).
     */
    public SourceEstimate orPublished(SourceEstimate s, PublishedBackground published) {
        if (!s.estimate().upperLimit() || published == null) {
            return s;
        }
        var source = published.source(s.key());
        if (source.isEmpty()) {
            return s;
        }
        Estimate scaled = source.get().estimate().scaled(eot / published.eot());
        if (!(scaled.value() < s.estimate().value())) {
            return s;
        }
        String method = String.format(Locale.ROOT, "%s (simulated bound %s events: too few events to resolve it); adopted: NA64's "
                + "published estimate %s for %.3g EOT, scaled to %.3g EOT", s.method(), s.estimate().format(),
                source.get().estimate().format(), published.eot(), eot);
        return new SourceEstimate(s.key(), s.label(), scaled, method, s.estimate(), s.extrapolated(), s.factorised(), true,
                s.parts());
    }

    /**
     * Sums per-species estimates: values add, errors in quadrature; if any part is only an upper
     * limit, the sum is an upper limit (a bound added to a measured value bounds the total).
     */
    private static SourceEstimate combine(String key, String label, List<SourceEstimate> parts) {
        double value = 0;
        double variance = 0;
        boolean anyLimit = false;
        List<String> methods = new ArrayList<>();
        for (SourceEstimate p : parts) {
            value += p.estimate().value();
            variance += p.estimate().error() * p.estimate().error();
            anyLimit |= p.estimate().upperLimit();
            methods.add(p.method());
        }
        Estimate total = anyLimit ? Estimate.below(value) : Estimate.of(value, Math.sqrt(variance));
        return new SourceEstimate(key, label, total, String.join("; ", methods), null, null, null, false, parts);
    }

    /** The data-driven cross-check: the side band of the pseudo-data, fitted and extrapolated; scaled to the EOT. */
    public record Sideband(TailExtrapolation.Fit fit, double[] values, double[] weights, String note) {
    }

    /**
     * Fits {@code variable} of the pre-selected pseudo-data events that pass the signal-box cuts on
     * the other variables, in {@code fitLo..fitHi}, and extrapolates into {@code sigLo..sigHi};
     * {@code electrons} beam electrons of the sample stand for the study's EOT.
     */
    public Sideband sideband(List<Path> files, long electrons, String variable, double fitLo, double fitHi, double sigLo,
            double sigHi) {
        List<Cut> cuts = new ArrayList<>(spec.cuts());
        for (Cut c : spec.signalBox()) {
            if (!c.variable().equals(variable)) {
                cuts.add(c);
            }
        }
        List<Cut> outsideSignal = new ArrayList<>(cuts);
        outsideSignal.add(Cut.range(variable, Op.OUTSIDE, sigLo, sigHi));
        double[][] v = engine.values(files, variable, outsideSignal);
        double scale = eot / electrons;
        String where = String.format(Locale.ROOT, "pre-selected pseudo-data passing the other signal-box cuts, %s fitted in "
                + "[%.3g, %.3g] with an exponential and extrapolated into [%.3g, %.3g], scaled by EOT / beam electrons = %.3g",
                variable, fitLo, fitHi, sigLo, sigHi, scale);
        try {
            TailExtrapolation.Fit fit = TailExtrapolation.fit(v[0], v[1], fitLo, fitHi, sigLo, sigHi);
            Estimate scaled = fit.extrapolated().scaled(scale);
            return new Sideband(fit, v[0], v[1], String.format(Locale.ROOT, "%s: %d events in the side band, slope %.3g ± %.2g "
                    + "per unit; %s events extrapolated in the sample, %s for the study's EOT (an independent check of the total).",
                    where, fit.fitEvents(), fit.slope(), fit.slopeError(), fit.extrapolated().format(), scaled.format()));
        } catch (na64.core.InputException tooFew) {
            return new Sideband(null, v[0], v[1], where + ": " + tooFew.getMessage());
        }
    }
}
