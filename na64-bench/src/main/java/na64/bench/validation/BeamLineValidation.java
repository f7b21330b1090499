package na64.bench.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import na64.core.RandomStreams;
import na64.detector.BeamSpec;
import na64.detector.Setup;
import na64.physics.ParticleType;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Histogram;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Points;
import na64.plot.Rgb;
import na64.sim.beam.DecaySampler;
import na64.sim.event.EnergyDeposits;
import na64.sim.event.EventRecord;
import na64.sim.run.UpstreamSimulator;
import na64.sim.spectrometer.SynchrotronRadiation;
import na64.sim.spectrometer.TransportState;

/**
 * The beam line of a setup (docs/validation.md, "Beam line, spectrometer and SRD"): the SRD
 * separation of electrons and pions, decays in flight against the exponential law, the sampled
 * synchrotron spectrum against its formula. The same quantities are asserted on the same seeds by
 * {@code BeamLineValidationTest}; the momentum resolution is the reconstruction's ({@link RecoValidation}).
 */
public final class BeamLineValidation implements Validation {
    private final Setup setup;
    private final EventCounts counts;

    /** @param scale multiplies the numbers of events (1: the numbers of docs/validation.md) */
    public BeamLineValidation(Setup setup, double scale) {
        this.setup = setup;
        this.counts = new EventCounts(scale);
    }

    @Override
    public String name() {
        return "beamline";
    }

    @Override
    public ValidationReport run(Consumer<String> progress) {
        ValidationReport.Builder out = new ValidationReport.Builder();
        progress.accept("SRD: electrons and pions");
        srd(out);
        progress.accept("decays in flight");
        decays(out);
        progress.accept("synchrotron spectrum");
        synchrotron(out);
        return out.build();
    }

    private int n(int events) {
        return counts.of(events);
    }

    /** The setup with a beam of one species (no admixture, no low-energy tail). */
    private Setup pure(ParticleType type, double energy) {
        BeamSpec b = setup.beam();
        return setup.withBeam(new BeamSpec(type.cliName(), energy, b.momentumSpread(), new BeamSpec.Tail(0.0, 0.5),
                b.spot(), b.divergence(), b.upstreamLength(), List.of()));
    }

    /** The SRD energy of each beam particle (upstream simulation only). */
    private static double[] srdEnergies(Setup s, int events, long seed) {
        UpstreamSimulator sim = new UpstreamSimulator(s);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(s));
        TransportState st = new TransportState();
        int srd = ev.deposits().indexOf("SRD");
        double[] e = new double[events];
        for (int i = 0; i < events; i++) {
            ev.reset(i);
            sim.simulate(RandomStreams.forEvent(seed, i), ev, st);
            e[i] = ev.deposits().total(srd);
        }
        return e;
    }

    private void srd(ValidationReport.Builder out) {
        int events = n(4000);
        double[] electrons = srdEnergies(pure(ParticleType.ELECTRON, 100), events, 31);
        double[] pions = srdEnergies(pure(ParticleType.PION_MINUS, 100), events, 32);
        double[] sorted = electrons.clone();
        Arrays.sort(sorted);
        double threshold = sorted[(int) (0.05 * events)];
        out.count("srd_events_per_species", events);
        out.number("srd_electron_median_MeV", 1e3 * sorted[events / 2]);
        out.number("srd_electron_95pc_efficiency_threshold_MeV", 1e3 * threshold);
        out.count("srd_pions_above_threshold", Arrays.stream(pions).filter(x -> x >= threshold).count());
        out.count("srd_pions_with_energy", Arrays.stream(pions).filter(x -> x > 0).count());
        out.number("srd_electrons_above_1GeV_fraction", Arrays.stream(electrons).filter(x -> x > 1).count() / (double) events);
        double[] edges = Histograms.edges(0, 0.3, 60);
        // pions leave nothing: put them in the first bin so that the figure shows them
        double[] pionsShown = Arrays.stream(pions).map(x -> Math.max(x, 1e-9)).toArray();
        out.figure("srd", Figure.titled("SRD energy, 100 GeV beam, " + setup.name())
                .x(Axis.linear("energy in the SRD [GeV]", 0, 0.3)).y(Axis.log("events", 0.5, events))
                .add(Histogram.of(edges, Histograms.counts(electrons, 0, 0.3, 60)).style(LineStyle.solid(Rgb.BLUE, 1.5))
                        .label("e-"))
                .add(Histogram.of(edges, Histograms.counts(pionsShown, 0, 0.3, 60))
                        .style(LineStyle.solid(Rgb.VERMILION, 1.5)).label("pi-"))
                .add(Line.of(new double[] {threshold, threshold}, new double[] {0.5, events})
                        .style(LineStyle.dashed(Rgb.GREY, 1)).label("95 % e- efficiency")));
    }

    private void decays(ValidationReport.Builder out) {
        Setup s = pure(ParticleType.PION_MINUS, 10);
        UpstreamSimulator sim = new UpstreamSimulator(s);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(s));
        TransportState st = new TransportState();
        double z0 = -s.beam().upstreamLength();
        double z1 = s.handoverZ();
        int bins = 20;
        double[] edges = Histograms.edges(z0, z1, bins);
        double[] counts = new double[bins];
        int events = n(20_000);
        for (int i = 0; i < events; i++) {
            ev.reset(i);
            sim.simulate(RandomStreams.forEvent(41, i), ev, st);
            double z = ev.truth().beamDecayZ;
            if (!Double.isNaN(z)) {
                counts[Math.min(bins - 1, (int) ((z - z0) / (z1 - z0) * bins))]++;
            }
        }
        double mass = ParticleType.PION_MINUS.mass();
        double lambda = DecaySampler.decayLength(ParticleType.PION_MINUS, Math.sqrt(100 - mass * mass));
        double chi2 = 0;
        double[] expected = new double[bins];
        double[] errors = new double[bins];
        for (int b = 0; b < bins; b++) {
            expected[b] = events * (Math.exp(-(edges[b] - z0) / lambda) - Math.exp(-(edges[b + 1] - z0) / lambda));
            chi2 += Math.pow(counts[b] - expected[b], 2) / expected[b];
            errors[b] = Math.sqrt(counts[b]);
        }
        out.count("decays_pions", events);
        out.count("decays_in_flight", (long) Arrays.stream(counts).sum());
        out.number("decays_chi2_20_bins", chi2);
        out.number("decays_length_m", lambda / 100);
        double[] centres = Histograms.centres(z0, z1, bins);
        out.figure("decays", Figure.titled(String.format(Locale.ROOT, "Decays in flight of 10 GeV pi-, %s (%d beam particles)",
                        setup.name(), events))
                .x(Axis.linear("z of the decay [cm]")).y(Axis.linear("decays per bin", 0, 1.3 * Math.max(1, counts[0])))
                .add(Points.of(centres, counts).yErrors(errors).label("simulated"))
                .add(Line.of(centres, expected).style(LineStyle.solid(Rgb.VERMILION, 1.5))
                        .label(String.format(Locale.ROOT, "exponential law, L = beta gamma c tau = %.0f m", lambda / 100))));
    }

    private void synchrotron(ValidationReport.Builder out) {
        SplittableRandom rng = new SplittableRandom(51);
        int photons = n(200_000);
        int bins = 40;
        double decade = 0.125;
        double[] counts = new double[bins];
        double sum = 0;
        for (int i = 0; i < photons; i++) {
            double x = SynchrotronRadiation.sampleX(rng);
            sum += x;
            int b = (int) Math.floor(Math.log10(x / 1e-4) / decade);
            if (b >= 0 && b < bins) {
                counts[b]++;
            }
        }
        double[] centres = new double[bins];
        double[] density = new double[bins];
        double[] model = new double[bins];
        for (int b = 0; b < bins; b++) {
            double lo = 1e-4 * Math.pow(10, b * decade);
            double hi = 1e-4 * Math.pow(10, (b + 1) * decade);
            centres[b] = Math.sqrt(lo * hi);
            density[b] = counts[b] / photons / (hi - lo);
            model[b] = SynchrotronRadiation.spectrum(centres[b]);
        }
        out.count("synchrotron_photons", photons);
        out.number("synchrotron_mean_x_over_8_15sqrt3", sum / photons / SynchrotronRadiation.meanEnergyOverCritical());
        out.figure("synchrotron", Figure.titled("Synchrotron photon spectrum (x = E / E_c)")
                .x(Axis.log("x = E / E_c", 1e-4, 10)).y(Axis.log("dN/dx (per photon)", 1e-3, 1e3))
                .add(Points.of(centres, density).label(String.format(Locale.ROOT, "sampled (%d photons)", photons)))
                .add(Line.of(centres, model).style(LineStyle.solid(Rgb.VERMILION, 1.5))
                        .label("(3/5 pi) integral of K5/3 from x")));
    }
}
