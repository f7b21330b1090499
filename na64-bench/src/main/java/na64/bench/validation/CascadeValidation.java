package na64.bench.validation;

import na64.sim.downstream.CascadeDownstream;
import na64.sim.downstream.DarkPhotonYield;
import na64.sim.downstream.DownstreamModel;
import na64.sim.downstream.SetupLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import na64.physics.brem.Approximation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.material.IonisationLoss;
import na64.physics.material.LayeredMaterial;
import na64.physics.material.Material;
import na64.physics.sm.DimuonProduction;
import na64.physics.sm.Electronuclear;
import na64.physics.tracklength.TsaiPrimaryElectron;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadeObserver;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.EmTables;
import na64.sim.cascade.EnergyTable;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Layout;
import na64.sim.cascade.ParticleHandler;
import na64.sim.cascade.Readout;
import na64.sim.cascade.Volume;
import na64.sim.event.EnergyDeposits;
import na64.sim.event.EventRecord;
import na64.sim.event.EventTruth;
import na64.detector.CellGrid;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;
import na64.sim.shower.GFlashParameters;
import na64.sim.shower.ShowerMedium;
import na64.sim.signal.BiasedProcesses;
import na64.sim.signal.DarkBremYield;
import na64.sim.signal.RareProcessModel;
import na64.sim.tracklength.TrackLengthScorer;

/**
 * The validation of the cascade, calorimetry, hadrons and muons against published numbers and
 * analytic limits (docs/validation.md, "Calorimetry and the cascade"): longer runs than the unit
 * tests, producing numbers and curves for plots. Run by {@code na64 validate cascade}.
 */
public final class CascadeValidation implements Validation {

    private final Setup setup;
    private final EventCounts counts;
    private final Map<String, Object> numbers = new LinkedHashMap<>();
    private final List<Plot> plots = new ArrayList<>();

    /**
     * @param setup the 2021-2022 invisible-mode setup (or another one with an ECAL and HCAL)
     * @param scale multiplies the numbers of events (1: the figures of docs/validation.md)
     */
    public CascadeValidation(Setup setup, double scale) {
        this.setup = setup;
        this.counts = new EventCounts(scale);
    }

    private int n(int events) {
        return counts.of(events);
    }

    @Override
    public String name() {
        return "cascade";
    }

    @Override
    public ValidationReport run(Consumer<String> progress) {
        progress.accept("ECAL response");
        ecalResponse();
        progress.accept("longitudinal profile");
        longitudinalProfile();
        progress.accept("track lengths");
        trackLengths();
        progress.accept("dimuons");
        dimuons();
        progress.accept("electronuclear");
        electronuclear(CascadeConfig.defaults().cutEnergy(), "default_cut");
        electronuclear(0.1, "cut_0.1GeV");
        progress.accept("dark-photon yield");
        darkPhotonYield();
        progress.accept("bookkeeping and signal box");
        bookkeepingAndSignalBox();
        progress.accept("hadrons");
        hadrons();
        progress.accept("muons");
        muons();
        return new ValidationReport(numbers, plots.stream().map(Plot::figure).toList());
    }

    // ------------------------------------------------------------------ helpers

    private Particle incoming(ParticleType type, double energy) {
        return Particle.of(type, energy, 0, 0, setup.handoverZ() - 1e-3, 0, 0, 1, 0);
    }

    private static double group(EnergyDeposits d, String prefix) {
        double s = 0;
        for (int i = 0; i < d.detectorNames().size(); i++) {
            if (d.detectorNames().get(i).startsWith(prefix)) {
                s += d.total(i);
            }
        }
        return s;
    }

    /** Mean and standard deviation of the central part: iterated clipping at +-2.5 sigma. */
    static double[] gaussianCore(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        double sigma = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0));
        double m = mean;
        double s = sigma;
        for (int it = 0; it < 20; it++) {
            double lo = m - 2.5 * s;
            double hi = m + 2.5 * s;
            double[] core = Arrays.stream(values).filter(v -> v >= lo && v <= hi).toArray();
            double cm = Arrays.stream(core).average().orElse(m);
            double cs = Math.sqrt(Arrays.stream(core).map(v -> (v - cm) * (v - cm)).average().orElse(0));
            // a Gaussian clipped at 2.5 sigma has a standard deviation 0.9534 sigma
            cs /= 0.9534;
            if (Math.abs(cm - m) < 1e-9 && Math.abs(cs - s) < 1e-9) {
                break;
            }
            m = cm;
            s = cs;
        }
        return new double[] {m, s};
    }

    // ------------------------------------------------------------------ parts

    private void ecalResponse() {
        DownstreamModel model = new DownstreamModel(setup, SimulationOptions.standardModel());
        CascadeDownstream sim = new CascadeDownstream(model);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(setup));
        double[] energies = {20, 50, 100, 150};
        double[] stochastic = new double[energies.length];
        double[] stochasticErr = new double[energies.length];
        for (int k = 0; k < energies.length; k++) {
            double e0 = energies[k];
            int events = n(4000);
            double[] ecal = new double[events];
            for (int i = 0; i < events; i++) {
                rec.reset(i);
                sim.simulate(List.of(incoming(ParticleType.ELECTRON, e0)), RandomStreams.forEvent(1000 + k, i), rec);
                ecal[i] = group(rec.deposits(), "ECAL");
            }
            double[] core = gaussianCore(ecal);
            double mean = Arrays.stream(ecal).average().orElse(0);
            double rms = Math.sqrt(Arrays.stream(ecal).map(v -> (v - mean) * (v - mean)).average().orElse(0));
            stochastic[k] = core[1] / core[0] * Math.sqrt(e0);
            stochasticErr[k] = stochastic[k] / Math.sqrt(2.0 * events);
            String p = String.format(java.util.Locale.ROOT, "ecal_%.0fGeV_", e0);
            numbers.put(p + "mean_GeV", mean);
            numbers.put(p + "rms_GeV", rms);
            numbers.put(p + "core_mean_GeV", core[0]);
            numbers.put(p + "core_sigma_GeV", core[1]);
            numbers.put(p + "stochastic_term", stochastic[k]);
            if (e0 == 100) {
                int bins = 80;
                double lo = 90;
                double hi = 106;
                plots.add(new Plot("ecal_response_100GeV", "ECAL energy, 100 GeV e- (na64e-2022)", "E_ECAL [GeV]",
                        "events", false, true, List.of(new Plot.Series("simulation", Histograms.centres(lo, hi, bins),
                                Histograms.counts(ecal, lo, hi, bins), null, true))));
            }
        }
        double[] fine = new double[50];
        double[] expected = new double[50];
        for (int i = 0; i < 50; i++) {
            fine[i] = 10 + 150.0 * i / 49;
            expected[i] = 0.10;
        }
        plots.add(new Plot("ecal_resolution", "ECAL resolution x sqrt(E), e- (na64e-2022)", "E0 [GeV]",
                "sigma_E/E x sqrt(E/GeV)", false, false, List.of(
                        new Plot.Series("simulation (Gaussian core)", energies, stochastic, stochasticErr, true),
                        new Plot.Series("10 %/sqrt(E) (seeds)", fine, expected, null, false))));
    }

    private void longitudinalProfile() {
        Material ecal = setup.material(setup.targetCalorimeter().material());
        double x0 = ecal.radiationLengthCm();
        int sections = 80;
        double step = 0.5;
        double[] ends = new double[sections];
        for (int i = 0; i < sections; i++) {
            ends[i] = (i + 1) * step * x0;
        }
        Readout r = new Readout("ECAL", CellGrid.of(1, 1, 300, 300), ends, Readout.Response.IDEAL);
        Layout layout = new Layout(List.of(Volume.readOut(0, sections * step * x0, ecal, r)));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        Cascade cascade = Cascade.electromagnetic(ctx);
        EnergyDeposits dep = new EnergyDeposits();
        dep.register("ECAL", r.channels());
        double e0 = 100;
        int events = n(2000);
        double[] profile = new double[sections];
        for (int i = 0; i < events; i++) {
            dep.clear();
            var rng = RandomStreams.forEvent(2000, i);
            ctx.startEvent(rng, null);
            ctx.stack().push(ParticleType.ELECTRON, e0, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            ctx.calorimetry().finish(dep, null, rng);
            double[] c = dep.channels(0);
            for (int k = 0; k < sections; k++) {
                profile[k] += c[k] / events / e0 / step;
            }
        }
        double[] t = Histograms.centres(0, sections * step, sections);
        double w = 0;
        double m1 = 0;
        double m2 = 0;
        for (int k = 0; k < sections; k++) {
            w += profile[k];
            m1 += profile[k] * t[k];
            m2 += profile[k] * t[k] * t[k];
        }
        double mean = m1 / w;
        double var = m2 / w - mean * mean;
        double b = mean / var;
        double a = mean * b;
        double tMax = (a - 1) / b;
        double ec = ecal.criticalEnergy();
        double pdgTMax = Math.log(e0 / ec) - 0.5;
        numbers.put("profile_100GeV_mean_depth_X0", mean);
        numbers.put("profile_100GeV_tmax_X0", tMax);
        numbers.put("profile_100GeV_b", b);
        numbers.put("profile_pdg_tmax_X0", pdgTMax);
        numbers.put("profile_preshower_fraction_4X0", integrate(profile, step, 8));
        // PDG gamma form with b = 0.5 and the GFlash average profile of a 100 GeV shower
        double[] pdg = new double[sections];
        double[] gflash = new double[sections];
        double aPdg = 1 + 0.5 * pdgTMax;
        GFlashParameters g = new GFlashParameters(ShowerMedium.of(ecal));
        double aG = g.meanAlpha(e0);
        double bG = (aG - 1) / g.meanDepthOfMaximum(e0);
        for (int k = 0; k < sections; k++) {
            pdg[k] = gammaDensity(t[k], aPdg, 0.5);
            gflash[k] = gammaDensity(t[k], aG, bG);
        }
        plots.add(new Plot("longitudinal_profile_100GeV", "Longitudinal profile, 100 GeV e- in the ECAL (Pb/Sc)",
                "depth t [X0]", "(1/E0) dE/dt", false, false, List.of(
                        new Plot.Series("simulation", t, profile, null, true),
                        new Plot.Series(String.format(java.util.Locale.ROOT, "PDG, t_{max} = ln(E_0/E_c) - 0.5 = %.1f", pdgTMax),
                                t, pdg, null, false),
                        new Plot.Series("GFlash average profile", t, gflash, null, false))));
    }

    private static double integrate(double[] profile, double step, int bins) {
        double s = 0;
        for (int k = 0; k < bins; k++) {
            s += profile[k] * step;
        }
        return s;
    }

    private static double gammaDensity(double t, double a, double b) {
        return b * Math.exp((a - 1) * Math.log(b * t) - b * t - org.hipparchus.special.Gamma.logGamma(a));
    }

    private void trackLengths() {
        Layout layout = SetupLayout.of(setup);
        int target = layout.indexOf(setup.target());
        double cut = 0.01;
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, new CascadeConfig(cut, 1000, 1, 2)));
        Cascade cascade = Cascade.electromagnetic(ctx);
        double e0 = 100;
        TrackLengthScorer scorer = new TrackLengthScorer(cut, e0, 10, layout.size(), target);
        ctx.setObserver(scorer);
        int events = n(300);
        for (int i = 0; i < events; i++) {
            ctx.startEvent(RandomStreams.forEvent(3000, i), null);
            ctx.stack().push(ParticleType.ELECTRON, e0, 0, 0, setup.handoverZ() - 1e-3, 0, 0, 1);
            cascade.run();
            scorer.endEvent();
        }
        double x0 = setup.material(setup.targetCalorimeter().material()).radiationLengthCm();
        double[] edges = scorer.edges();
        int bins = scorer.bins();
        double[] e = new double[bins];
        double[] charged = new double[bins];
        double[] photons = new double[bins];
        for (int b = 0; b < bins; b++) {
            double c = 0;
            double g = 0;
            for (int k = b; k < bins; k++) {
                c += scorer.meanLength(0, k) + scorer.meanLength(1, k);
                g += scorer.meanLength(2, k);
            }
            e[b] = edges[b];
            charged[b] = c / (x0 * e0 / edges[b]);
            photons[b] = g / (x0 * e0 / edges[b]);
            if (Math.abs(edges[b] - 1) < 1e-6) {
                numbers.put("tracklength_charged_above_1GeV_over_rossiA", charged[b] / 0.437);
                numbers.put("tracklength_photon_above_1GeV_over_rossiA", photons[b] / 0.572);
            }
        }
        double[] rossiE = {edges[0], edges[bins - 1]};
        plots.add(new Plot("tracklength_rossi", "Integral track length above E, 100 GeV e- in the ECAL",
                "E [GeV]", "T(>E) / (X0 E0/E)", true, false, List.of(
                        new Plot.Series("e+ and e- (simulation)", e, charged, null, true),
                        new Plot.Series("photons (simulation)", e, photons, null, true),
                        new Plot.Series("Rossi A, e+-: 0.437", rossiE, new double[] {0.437, 0.437}, null, false),
                        new Plot.Series("Rossi A, photons: 0.572", rossiE, new double[] {0.572, 0.572}, null, false))));
    }

    private void dimuons() {
        Layout layout = SetupLayout.of(setup);
        int target = layout.indexOf(setup.target());
        Material ecal = layout.volume(target).material();
        CascadePhysics physics = new CascadePhysics(layout, CascadeConfig.defaults().withCut(0.4));
        double bias = 2e3;
        RareProcessModel rare = RareProcessModel.builder(physics).dimuon(bias).build();
        CascadeContext ctx = new CascadeContext(physics);
        BiasedProcesses p = rare.newProcesses(HadronicInteraction.LOCAL);
        ctx.setRare(p);
        // the photon track length of unperturbed showers (a conversion into muons removes a photon's shower)
        CascadeContext plain = new CascadeContext(physics);
        double[] trackLengthYield = new double[1];
        plain.setObserver(new CascadeObserver() {
            @Override
            public void photonStep(int volume, double k, double length) {
                // in every volume (a few per cent of the photons' track length above threshold is behind the ECAL)
                Material m = layout.volume(volume).material();
                trackLengthYield[0] += length * m.macroscopic(el -> DimuonProduction.sigmaPb(el, k));
            }
        });
        Cascade plainCascade = Cascade.electromagnetic(plain);
        ParticleHandler gone = (t, c) -> c.calorimetry().leak(t.energy);
        Cascade cascade = new Cascade(ctx, Map.of(ParticleType.MUON, gone, ParticleType.ANTIMUON, gone));
        int events = n(50000);
        double[] rate = weightedRate(ctx, cascade, p, events, 4000, t -> t.dimuon);
        unbiasedShowers(plain, plainCascade, events / 5, 4001);
        trackLengthYield[0] *= 5;
        double x0 = ecal.radiationLengthCm();
        double analytic = 0;
        int m = 20_000;
        double lo = Math.log(DimuonProduction.threshold());
        double hi = Math.log(100);
        double h = (hi - lo) / m;
        for (int i = 0; i < m; i++) {
            double k = Math.exp(lo + (i + 0.5) * h);
            analytic += 0.572 * x0 * 100 / k * ecal.macroscopic(el -> DimuonProduction.sigmaPb(el, k)) * h;
        }
        numbers.put("dimuon_per_electron_simulated", rate[0]);
        numbers.put("dimuon_per_electron_stat_unc", rate[1]);
        numbers.put("dimuon_per_electron_photon_track_length", trackLengthYield[0] / events);
        numbers.put("dimuon_per_electron_rossiA_integral", analytic);
    }

    /**
     * Electronuclear interactions per 100 GeV electron in the setup (biased x1000, weights summed),
     * and the independent track-length estimate of the explicit leptons: the sum over the charged
     * steps of unbiased showers of length x Sigma_eA at the step's mean energy. With a 0.1 GeV cut
     * (below the pion threshold) every lepton that can interact is explicit, so there the estimate is
     * the whole rate; at the default cut the simulated rate includes the parameterised showers'
     * leptons ({@code SubShowerTracks}), the estimate does not.
     */
    private void electronuclear(double cut, String tag) {
        Layout layout = SetupLayout.of(setup);
        CascadePhysics physics = new CascadePhysics(layout, CascadeConfig.defaults().withCut(cut));
        RareProcessModel rare = RareProcessModel.builder(physics).electronuclear(1e3).build();
        CascadeContext ctx = new CascadeContext(physics);
        BiasedProcesses p = rare.newProcesses(HadronicInteraction.LOCAL);
        ctx.setRare(p);
        Cascade cascade = Cascade.electromagnetic(ctx);
        Map<Material, EnergyTable> sigma = new HashMap<>();
        CascadeContext plain = new CascadeContext(physics);
        double[] trackLengthYield = new double[1];
        plain.setObserver(new CascadeObserver() {
            @Override
            public void chargedStep(int volume, boolean positron, double eStart, double eEnd, double length, EmTables tables) {
                Material m = layout.volume(volume).material();
                EnergyTable t = sigma.computeIfAbsent(m, mm -> EnergyTable.of(e -> Electronuclear.inverseMeanFreePath(mm, e),
                        0.1, 200, 20));
                double e = 0.5 * (eStart + eEnd);
                trackLengthYield[0] += e > 0.1 ? length * t.value(e) : 0;
            }
        });
        Cascade plainCascade = Cascade.electromagnetic(plain);
        int events = n(4000);
        double[] rate = weightedRate(ctx, cascade, p, events, 4100, t -> t.electronuclear);
        unbiasedShowers(plain, plainCascade, events / 4, 4101);
        numbers.put("electronuclear_per_electron_" + tag + "_simulated", rate[0]);
        numbers.put("electronuclear_per_electron_" + tag + "_stat_unc", rate[1]);
        numbers.put("electronuclear_per_electron_" + tag + "_track_length", 4 * trackLengthYield[0] / events);
    }

    /**
     * {mean, standard error} per 100 GeV electron of the weight of the biased events in which the
     * process {@code happened}: its rate, the bias undone by the weights.
     */
    private double[] weightedRate(CascadeContext ctx, Cascade cascade, BiasedProcesses p, int events, long seed,
                                  java.util.function.Predicate<EventTruth> happened) {
        EventTruth truth = new EventTruth();
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < events; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(seed, i), truth);
            ctx.stack().push(ParticleType.ELECTRON, 100, 0, 0, setup.handoverZ() - 1e-3, 0, 0, 1);
            cascade.run();
            p.endEvent(ctx);
            double w = happened.test(truth) ? truth.weight : 0;
            sw += w;
            sw2 += w * w;
        }
        double mean = sw / events;
        return new double[] {mean, Math.sqrt(sw2 / events - mean * mean) / Math.sqrt(events)};
    }

    /** {@code events} unbiased 100 GeV electron showers, scored by the context's observer. */
    private void unbiasedShowers(CascadeContext plain, Cascade cascade, int events, long seed) {
        for (int i = 0; i < events; i++) {
            plain.startEvent(RandomStreams.forEvent(seed, i), null);
            plain.stack().push(ParticleType.ELECTRON, 100, 0, 0, setup.handoverZ() - 1e-3, 0, 0, 1);
            cascade.run();
        }
    }

    private void darkPhotonYield() {
        double[] masses = {0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5};
        double me = PhysicalConstants.ELECTRON_MASS;
        double[] cascadeC = new double[masses.length];
        double[] cascadeErr = new double[masses.length];
        double[] primaryC = new double[masses.length];
        Material ecal = setup.material(setup.targetCalorimeter().material());
        double thicknessX0 = setup.targetCalorimeter().depth() / ecal.radiationLengthCm();
        TsaiPrimaryElectron tsai = new TsaiPrimaryElectron(100, thicknessX0, ecal.radiationLengthCm(), false);
        DarkBrem brem = DarkBrem.of(Lepton.ELECTRON, Mediator.VECTOR, Approximation.ETL, FluxModel.ELASTIC);
        for (int i = 0; i < masses.length; i++) {
            double m = masses[i];
            DarkPhotonYield.Result r = DarkPhotonYield.compute(setup, ParticleType.ELECTRON, 100, Mediator.VECTOR, m, 50,
                    n(3000), 5000 + i, null);
            double scale = m * m / (me * me);
            cascadeC[i] = r.bremsstrahlung() * scale;
            cascadeErr[i] = r.statUnc() * scale;
            // the primary electron alone: sum_i n_i int T_tsai(E) sigma_i(E, E_X > 50 GeV) dE
            double primary = 0;
            int ne = 200;
            for (int k = 0; k < ne; k++) {
                double e = 50 + 50.0 * (k + 0.5) / ne;
                double sigma = 0;
                for (Material.Component c : ecal.composition()) {
                    sigma += c.atomsPerCm3() * DarkBremYield.above(brem, c.element(), m, e, 1, 50 / e)
                            * PhysicalConstants.PB_CM2;
                }
                primary += tsai.electron(e) * sigma * 50.0 / ne;
            }
            primaryC[i] = primary * scale;
            String p = String.format(java.util.Locale.ROOT, "darkphoton_%gGeV_", m);
            numbers.put(p + "yield_per_eot_per_eps2", r.yield());
            numbers.put(p + "stat_unc", r.statUnc());
            numbers.put(p + "track_length_estimate", r.trackLength());
            numbers.put(p + "primary_electron_yield", primary);
            numbers.put(p + "cascade_over_primary", r.bremsstrahlung() / primary);
        }
        plots.add(new Plot("darkphoton_yield", "Dark-photon yield above 50 GeV, 100 GeV e- (na64e-2022)",
                "m_A' [GeV]", "C = N m^2 / (eps^2 m_e^2)", true, false, List.of(
                        new Plot.Series("cascade (biased emission)", masses, cascadeC, cascadeErr, true),
                        new Plot.Series("primary electron (Tsai)", masses, primaryC, null, false))));
    }

    private void bookkeepingAndSignalBox() {
        DownstreamModel model = new DownstreamModel(setup, SimulationOptions.standardModel());
        CascadeDownstream sim = new CascadeDownstream(model);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(setup));
        double worst = 0;
        for (ParticleType t : new ParticleType[] {ParticleType.ELECTRON, ParticleType.POSITRON, ParticleType.PION_MINUS,
                ParticleType.MUON}) {
            for (int i = 0; i < n(500); i++) {
                rec.reset(i);
                sim.simulate(List.of(incoming(t, 100)), RandomStreams.forEvent(6000, i), rec);
                EventTruth tr = rec.truth();
                worst = Math.max(worst, Math.abs(tr.depositedTrue + tr.escapedInvisible + tr.escapedLeakage - 100));
            }
        }
        numbers.put("bookkeeping_worst_imbalance_GeV", worst);
        int events = n(100_000);
        int box = 0;
        for (int i = 0; i < events; i++) {
            rec.reset(i);
            sim.simulate(List.of(incoming(ParticleType.ELECTRON, 100)), RandomStreams.forEvent(6001, i), rec);
            if (group(rec.deposits(), "ECAL") < 50 && group(rec.deposits(), "HCAL") < 1) {
                box++;
            }
        }
        numbers.put("signal_box_electrons", events);
        numbers.put("signal_box_events", box);
        // 90 % CL Poisson upper limit: 2.30 for 0 events, 3.89 for 1, 5.32 for 2 (PDG, "Statistics")
        double[] limits = {2.30, 3.89, 5.32, 6.68, 7.99};
        numbers.put("signal_box_fraction_upper_limit_90cl", box < limits.length ? limits[box] / events : Double.NaN);
    }

    private void hadrons() {
        DownstreamModel model = new DownstreamModel(setup, SimulationOptions.standardModel());
        CascadeDownstream sim = new CascadeDownstream(model);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(setup));
        int events = n(3000);
        double[] sum = new double[events];
        double ecalSum = 0;
        double hcalSum = 0;
        double contained = 0;
        int punch = 0;
        for (int i = 0; i < events; i++) {
            rec.reset(i);
            sim.simulate(List.of(incoming(ParticleType.PION_MINUS, 100)), RandomStreams.forEvent(7000, i), rec);
            double e = group(rec.deposits(), "ECAL");
            double hc = group(rec.deposits(), "HCAL");
            ecalSum += e;
            hcalSum += hc;
            sum[i] = e + hc;
            contained += rec.truth().depositedTrue / 100;
            if (rec.truth().escapedLeakage > 1) {
                punch++;
            }
        }
        double[] core = gaussianCore(sum);
        numbers.put("pion_100GeV_ecal_mean_GeV", ecalSum / events);
        numbers.put("pion_100GeV_hcal_mean_GeV", hcalSum / events);
        numbers.put("pion_100GeV_ecal_plus_hcal_core_mean_GeV", core[0]);
        numbers.put("pion_100GeV_ecal_plus_hcal_core_sigma_GeV", core[1]);
        numbers.put("pion_100GeV_containment", contained / events);
        numbers.put("pion_100GeV_leak_above_1GeV_probability", (double) punch / events);
        int bins = 60;
        plots.add(new Plot("pion_response_100GeV", "ECAL + HCAL signal, 100 GeV pi- (na64e-2022)", "E_ECAL + E_HCAL [GeV]",
                "events", false, false, List.of(new Plot.Series("simulation", Histograms.centres(30, 120, bins),
                        Histograms.counts(sum, 30, 120, bins), null, true))));
    }

    private void muons() {
        DownstreamModel model = new DownstreamModel(setup, SimulationOptions.standardModel());
        CascadeDownstream sim = new CascadeDownstream(model);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(setup));
        int events = n(5000);
        double e0 = 100;
        double[] ecal = new double[events];
        double[] hcal1 = new double[events];
        int h1 = rec.deposits().indexOf("HCAL1");
        for (int i = 0; i < events; i++) {
            rec.reset(i);
            sim.simulate(List.of(incoming(ParticleType.MUON, e0)), RandomStreams.forEvent(8000, i), rec);
            ecal[i] = group(rec.deposits(), "ECAL");
            hcal1[i] = h1 >= 0 ? rec.deposits().total(h1) : 0;
        }
        double m = PhysicalConstants.MUON_MASS;
        double betaGamma = Math.sqrt(e0 * e0 - m * m) / m;
        for (String name : new String[] {"ECAL", "HCAL1"}) {
            var cal = setup.calorimeter(name).orElseThrow();
            Material mat = setup.material(cal.material());
            double bethe = IonisationLoss.bethe(mat, betaGamma, m) * mat.density() * cal.depth();
            double mipToE = mat instanceof LayeredMaterial l ? 1 / l.electronToMipRatio() : 1;
            double[] v = name.equals("ECAL") ? ecal : hcal1;
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            // the peak: the densest 5 %-quantile window
            double peak = modeOf(sorted);
            double mean = Arrays.stream(v).average().orElse(0);
            numbers.put("muon_100GeV_" + name + "_bethe_visible_GeV", bethe * mipToE);
            numbers.put("muon_100GeV_" + name + "_mean_GeV", mean);
            numbers.put("muon_100GeV_" + name + "_median_GeV", median);
            numbers.put("muon_100GeV_" + name + "_peak_GeV", peak);
            if (name.equals("HCAL1")) {
                int bins = 60;
                double lo = 0;
                double hi = 6;
                plots.add(new Plot("muon_hcal1_100GeV", "HCAL1 signal of 100 GeV muons (na64e-2022)", "E_HCAL1 [GeV]",
                        "events", false, true, List.of(new Plot.Series("simulation", Histograms.centres(lo, hi, bins),
                                Histograms.counts(v, lo, hi, bins), null, true),
                                new Plot.Series("mean Bethe loss x mip/e", new double[] {bethe * mipToE, bethe * mipToE},
                                        new double[] {1, events}, null, false))));
            }
        }
    }

    /** The middle of the narrowest interval holding 10 % of the sorted values (a robust mode). */
    static double modeOf(double[] sorted) {
        int window = Math.max(2, sorted.length / 10);
        double best = Double.POSITIVE_INFINITY;
        double mode = sorted[sorted.length / 2];
        for (int i = 0; i + window < sorted.length; i++) {
            double width = sorted[i + window] - sorted[i];
            if (width < best) {
                best = width;
                mode = 0.5 * (sorted[i + window] + sorted[i]);
            }
        }
        return mode;
    }
}
