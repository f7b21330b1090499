package na64.analysis.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import na64.analysis.select.BeamEnergyFraction;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * A missing-energy study: what to simulate, how to select, and for how many electrons on target
 * the results are normalised. Read strictly from YAML (unknown keys are errors naming key, file and
 * line); every key has a default in the built-in study ({@link #DEFAULT_RESOURCE}), which is what
 * {@code na64 run} does without {@code --config}.
 *
 * @param name            title of the report
 * @param setup           setup name (na64e-2022) or YAML file
 * @param beamEnergy      beam energy [GeV], the study's one source of it (default: the setup's beam;
 *                        a different value overrides the setup's); the selection's energy cuts
 *                        written in units of E0, the calibration energies, the plane and the
 *                        signal's emission threshold follow it
 * @param eot             electrons on target the results are normalised to
 * @param seed            run seed; every sample derives its own seed from it
 * @param threads         worker threads
 * @param selection       "builtin" or a selection YAML file (relative to the study file)
 * @param observed        events observed in the signal box (the data; 0 in NA64 2016-2022)
 * @param unblind         show the events of the pseudo-data in the signal box
 * @param confidenceLevel of the limits
 * @param calibration     the electron calibration run (reference shower of the ECAL, SRD spectrum)
 * @param beam            the pseudo-data: the setup's beam with its admixture
 * @param signal          signal samples
 * @param dimuon          biased gamma -> mu+ mu- samples (background and efficiency systematic)
 * @param hadrons         samples of the beam admixture (decays in flight, punch-through)
 * @param sideband        data-driven tail extrapolation on the pseudo-data
 * @param background      what to adopt for a source the simulation only bounds
 * @param published       published limit to compare with
 * @param pileup          beam particles overlaid on every event of the samples (not the calibration runs)
 */
public record StudyConfig(String name, String setup, Double beamEnergy, Double eot, Long seed, Integer threads,
        String selection, Integer observed, Boolean unblind, Double confidenceLevel, CalibrationSample calibration,
        BeamSample beam, SignalSamples signal, DimuonSamples dimuon, List<HadronSample> hadrons, Sideband sideband,
        Background background, Published published, Pileup pileup) {

    /** The built-in study: NA64e invisible mode, na64e-2022, 100 GeV, 9.37e11 EOT. */
    public static final String DEFAULT_RESOURCE = "/na64/analysis/study-default.yaml";

    public StudyConfig {
        Config.require("name", name);
        Config.require("setup", setup);
        // the setup is read only if a default comes from it, and then once
        na64.detector.BeamSpec setupBeam = beamEnergy != null && hadrons != null && hadrons.stream().allMatch(h -> h.fraction() != null)
                ? null : na64.detector.Setups.loadOrRead(setup).beam();
        beamEnergy = beamEnergy != null ? beamEnergy : setupBeam.energy();
        Check.inClosedRange("beamEnergy", beamEnergy, 1, 1000);
        Check.positive("eot", Config.require("eot", eot));
        seed = Config.orDefault(seed, 1L);
        threads = Config.orDefault(threads, Runtime.getRuntime().availableProcessors());
        na64.core.Check.threads("threads", threads);
        selection = Config.orDefault(selection, "builtin");
        observed = Config.orDefault(observed, 0);
        Check.nonNegative("observed", (long) observed);
        unblind = Config.orDefault(unblind, false);
        confidenceLevel = Config.orDefault(confidenceLevel, 0.9);
        Check.confidenceLevel("confidenceLevel", confidenceLevel);
        Config.require("calibration", calibration);
        Config.require("beam", beam);
        Config.require("signal", signal);
        Config.require("dimuon", dimuon);
        hadrons = withSetupFractions(Config.orDefault(hadrons, List.of()), setup, setupBeam);
        Config.require("sideband", sideband);
        background = Config.orDefault(background, new Background(null));
        published = Config.orDefault(published, new Published(null, null));
        pileup = Config.orDefault(pileup, new Pileup(null, null, null));
    }

    /**
     * The electron calibration runs: electrons without admixture at several energies, reconstructed
     * first; their clean electrons give the reference shower of the ECAL per energy bin (the
     * shower-shape chi2), the 100 GeV run also the SRD spectrum of the report.
     *
     * @param energies beam energies [GeV], increasing; default {@link #CALIBRATION_FRACTIONS} of the beam energy
     * @param events   electrons per energy
     * @param spot     Gaussian sigma of the beam spot [cm]: the beam is spread over the central cells, so
     *                 that every offset of the shower centre in its cell is calibrated (default 2)
     */
    public record CalibrationSample(List<Double> energies, Long events, Double spot) {
        public CalibrationSample {
            Check.positive("calibration.events", Config.require("events", events));
            spot = Config.orDefault(spot, 2.0);
            Check.inClosedRange("calibration.spot", spot, 0, 20);
            if (energies != null) {
                energies = List.copyOf(energies);
                if (energies.isEmpty()) {
                    throw new InputException("calibration.energies", "at least one energy is needed");
                }
                for (int i = 0; i < energies.size(); i++) {
                    Check.inClosedRange("calibration.energies[" + i + "]", energies.get(i), 0.1, 1000);
                    if (i > 0 && !(energies.get(i) > energies.get(i - 1))) {
                        throw InputException.outOfRange("calibration.energies[" + i + "]", energies.get(i), "> the previous energy (increasing)");
                    }
                }
            }
        }
    }

    /** Default calibration energies as fractions of the beam energy: the ECAL energies of signal events (0-50 %) and the beam. */
    public static final List<Double> CALIBRATION_FRACTIONS = List.of(0.015, 0.03, 0.07, 0.14, 0.27, 0.45, 1.0);

    /** The calibration energies [GeV]: the configured ones or the default fractions of the beam energy. */
    public List<Double> calibrationEnergies() {
        return calibration.energies() != null ? calibration.energies()
                : CALIBRATION_FRACTIONS.stream().map(f -> BeamEnergyFraction.times(f, beamEnergy)).toList();
    }

    /** What a source whose simulated events all fail the selection contributes to the limit's background. */
    public enum Unresolved {
        /** NA64's published estimate of that source, scaled to the study's EOT (if below the simulated bound). */
        @JsonProperty("published") PUBLISHED,
        /** The simulated 90 % CL upper limit, at its value (conservative; useless for a small study). */
        @JsonProperty("limit") LIMIT;

        /** The name in a study file (error messages list these). */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @param whenUnresolved see {@link Unresolved}; default limit (the study's own bound; published is an explicit opt-in) */
    public record Background(Unresolved whenUnresolved) {
        public Background {
            whenUnresolved = Config.orDefault(whenUnresolved, Unresolved.LIMIT);
        }
    }

    /**
     * The pseudo-data sample and the electrons forced to interact in the beam-line material.
     *
     * @param events              beam particles of the pseudo-data
     * @param upstreamEvents      electrons of the upstream-interaction sample: their electronuclear interactions
     *                            in the beam-line material ({@link na64.sim.spectrometer.UpstreamInteractions}) are
     *                            enhanced by upstreamBias, only those in upstreamRegion transferring more than
     *                            upstreamMinTransfer, the events without one weighted 0 (the pseudo-data holds them);
     *                            null: none, source (iii) from the pseudo-data alone
     * @param upstreamBias        the cross-section factor (exact weights for any value; about 2 / (the region's
     *                            natural probability) makes 86 % of the electrons interact)
     * @param upstreamRegion      [zMin, zMax] [cm]; default from the end of the last magnet (the momentum is
     *                            measured before: an interaction upstream of it changes the measured momentum) to
     *                            the handover plane
     * @param upstreamMinTransfer smallest energy given to the nucleus [GeV]; default {@link #EMISSION_MIN_FRACTION}
     *                            of the missing-energy cut, as for the signal's emissions
     */
    public record BeamSample(Long events, Long upstreamEvents, Double upstreamBias, List<Double> upstreamRegion,
            Double upstreamMinTransfer) {
        public BeamSample {
            Check.positive("beam.events", Config.require("events", events));
            if (upstreamEvents != null) {
                Check.positive("beam.upstreamEvents", upstreamEvents);
                upstreamBias = Config.orDefault(upstreamBias, 1.0);
                if (!(upstreamBias >= 1) || !Double.isFinite(upstreamBias)) {
                    throw InputException.outOfRange("beam.upstreamBias", upstreamBias, "a finite number >= 1");
                }
                if (upstreamMinTransfer != null) {
                    Check.nonNegative("beam.upstreamMinTransfer", upstreamMinTransfer);
                }
                upstreamRegion = HadronSample.zRange("beam.upstreamRegion", upstreamRegion);
                if (upstreamRegion != null && !(upstreamRegion.get(0) < upstreamRegion.get(1))) {
                    throw InputException.outOfRange("beam.upstreamRegion", upstreamRegion, "[zMin, zMax] in cm with zMin < zMax");
                }
            } else if (upstreamBias != null || upstreamRegion != null || upstreamMinTransfer != null) {
                throw new InputException("beam.upstreamEvents", "beam.upstreamBias, beam.upstreamRegion and "
                        + "beam.upstreamMinTransfer need beam.upstreamEvents (they apply to the upstream-interaction sample)");
            }
        }

        public BeamSample(Long events) {
            this(events, null, null, null, null);
        }

        BeamSample scaled(double factor) {
            return new BeamSample(scale(events, factor), upstreamEvents == null ? null : scale(upstreamEvents, factor), upstreamBias,
                    upstreamRegion, upstreamMinTransfer);
        }
    }

    /**
     * Signal samples, one per mass.
     *
     * @param model    dark-sector mediator (vector, scalar, pseudoscalar, axial)
     * @param masses   masses [GeV]
     * @param events   beam electrons per mass
     * @param epsilon  coupling used in the simulation (with the simulator's biasing)
     * @param emitting fraction of the signal events with an emission that the bias aims at (the
     *                 bias is B = -ln(1 - emitting) / depth, with the unbiased depth of a pilot run;
     *                 the event weights are exact for any B)
     * @param emissionMin only emissions with E_X above it are simulated [GeV]; it must lie below the
     *                 missing-energy cut by several ECAL resolutions, so that no selectable emission is missed
     *                 (default: {@link #EMISSION_MIN_FRACTION} of the missing-energy cut, 40 GeV for 50 GeV)
     * @param referenceMass mass whose cut flow the report shows [GeV]
     */
    /** The default emission threshold as a fraction of the missing-energy cut (10 GeV below 50 GeV is 14 ECAL sigma). */
    public static final double EMISSION_MIN_FRACTION = 0.8;

    /** The signal's emission threshold [GeV] for a missing-energy cut {@code emissMin}: the configured one or the default fraction. */
    public double emissionMin(double emissMin) {
        return signal.emissionMin() != null ? signal.emissionMin() : BeamEnergyFraction.times(EMISSION_MIN_FRACTION, emissMin);
    }

    public record SignalSamples(String model, List<Double> masses, Long events, Double epsilon, Double emitting,
            Double emissionMin, Double referenceMass) {
        public SignalSamples {
            model = Config.orDefault(model, "vector");
            try {
                na64.physics.Mediator.parse(model);
            } catch (InputException e) {
                throw new InputException("signal.model", "signal.model: " + e.getMessage(), e);
            }
            masses = List.copyOf(Config.require("masses", masses));
            if (masses.isEmpty()) {
                throw new InputException("signal.masses", "at least one mass is needed");
            }
            for (int i = 0; i < masses.size(); i++) {
                Check.positive("signal.masses[" + i + "]", masses.get(i));
                if (i > 0 && !(masses.get(i) > masses.get(i - 1))) {
                    throw InputException.outOfRange("signal.masses[" + i + "]", masses.get(i), "> the previous mass (increasing)");
                }
            }
            Check.positive("signal.events", Config.require("events", events));
            epsilon = Config.orDefault(epsilon, 1e-4);
            Check.inClosedRange("signal.epsilon", epsilon, 1e-12, 1);
            emitting = Config.orDefault(emitting, 0.5);
            Check.inClosedRange("signal.emitting", emitting, 0.001, 0.9);
            if (emissionMin != null) {
                Check.nonNegative("signal.emissionMin", emissionMin);
            }
            referenceMass = Config.orDefault(referenceMass, 0.0167);
        }
    }

    /**
     * Dimuon samples: electrons with gamma -> mu+ mu- enhanced {@code bias} times; the "data" sample
     * repeats it with another seed and the detector variation of {@code dataVariation}.
     *
     * @param events        beam electrons of the Monte Carlo sample
     * @param bias          enhancement of gamma -> mu+ mu- (NA64: 200)
     * @param dataEvents    beam electrons of the "data" sample
     * @param dataVariation how the "data" differs from the Monte Carlo
     */
    public record DimuonSamples(Long events, Double bias, Long dataEvents, Variation dataVariation) {
        public DimuonSamples {
            Check.positive("dimuon.events", Config.require("events", events));
            bias = Config.orDefault(bias, 200.0);
            Check.inClosedRange("dimuon.bias", bias, 1, 1e6);
            dataEvents = Config.orDefault(dataEvents, events);
            Check.positive("dimuon.dataEvents", dataEvents);
            dataVariation = Config.orDefault(dataVariation, new Variation(null, null));
        }
    }

    /**
     * A change of the detector simulation for the "data" of the dimuon comparison.
     *
     * @param hcalScale  factor on the HCAL energy scale (calibration off by this much)
     * @param ecalScale  factor on the ECAL energy scale
     */
    public record Variation(Double hcalScale, Double ecalScale) implements java.io.Serializable {
        public Variation {
            hcalScale = Config.orDefault(hcalScale, 1.0);
            ecalScale = Config.orDefault(ecalScale, 1.0);
            Check.inClosedRange("hcalScale", hcalScale, 0.5, 2);
            Check.inClosedRange("ecalScale", ecalScale, 0.5, 2);
        }
    }

    /**
     * A sample of one beam species.
     *
     * @param particle  pi-, K-, mu-, ...
     * @param events    particles to simulate
     * @param fraction  such particles per electron on target; null: from the setup's beam admixture
     */
    /**
     * An admixture sample of one species, and optionally its forced-decay sample.
     *
     * @param particle      beam species (pi-, K-, mu-, ...)
     * @param events        particles of the natural sample (punch-through; and the decays when there is no forced sample)
     * @param fraction      particles of this species per beam particle (default: the setup's admixture)
     * @param decayEvents   particles of the forced-decay sample: every one decays in the beam line
     *                      ({@link na64.sim.beam.ForcedDecay}, exact weights); null: no forced sample, the decays are
     *                      counted in the natural sample
     * @param electronShare share of the forced decays given to the channels whose only visible product is
     *                      an electron (K -> e nu, pi -> e nu); null: their branching fractions
     * @param decayRegion   [zMin, zMax] of the forced decays [cm, the setup's frame]; null: the whole simulated beam line
     * @param punchThroughEvents particles of the forced punch-through sample: the first hadronic interaction in
     *                      punchThroughRegion sends its leading n or K0L out of the setup ({@link
     *                      na64.sim.hadron.ForcedPunchThrough}, exact weights); null: none, the punch-through is counted
     *                      in the natural sample
     * @param punchThroughRegion [zMin, zMax] of those interactions [cm]; null: anywhere
     */
    public record HadronSample(String particle, Long events, Double fraction, Long decayEvents, Double electronShare,
            List<Double> decayRegion, Long punchThroughEvents, List<Double> punchThroughRegion) {
        public HadronSample {
            na64.physics.ParticleType type = na64.detector.BeamSpec.parseBeamParticle("hadrons.particle",
                    Config.require("particle", particle));
            Check.positive("hadrons.events", Config.require("events", events));
            if (fraction != null) {
                Check.inClosedRange("hadrons.fraction", fraction, 1e-12, 0.5);
            }
            if (decayEvents != null) {
                Check.positive("hadrons.decayEvents", decayEvents);
                if (Double.isInfinite(na64.sim.beam.DecaySampler.decayLength(type, 1))) {
                    throw new InputException("hadrons.decayEvents", "hadrons.decayEvents: " + particle
                            + " is stable, it has no decays to force; remove decayEvents");
                }
            }
            if ((electronShare != null || decayRegion != null) && decayEvents == null) {
                throw new InputException("hadrons.decayEvents", "hadrons.electronShare and hadrons.decayRegion of " + particle
                        + " need decayEvents (they apply to the forced-decay sample)");
            }
            decayRegion = zRange("hadrons.decayRegion", decayRegion);
            try {
                forcedDecay(decayEvents, electronShare, decayRegion); // checks zMin < zMax and the share
            } catch (InputException e) {
                throw new InputException("hadrons.decayRegion", "hadrons.decayRegion of " + particle + ": "
                        + e.getMessage().replaceFirst("^force-decay: ", ""), e);
            }
            if (punchThroughEvents != null) {
                Check.positive("hadrons.punchThroughEvents", punchThroughEvents);
            } else if (punchThroughRegion != null) {
                throw new InputException("hadrons.punchThroughEvents", "hadrons.punchThroughRegion of " + particle
                        + " needs punchThroughEvents (it applies to the forced punch-through sample)");
            }
            punchThroughRegion = zRange("hadrons.punchThroughRegion", punchThroughRegion);
            try {
                punchThrough(punchThroughEvents, punchThroughRegion); // checks zMin < zMax
            } catch (InputException e) {
                throw new InputException("hadrons.punchThroughRegion", "hadrons.punchThroughRegion of " + particle + ": "
                        + e.getMessage().replaceFirst("^force-punch-through: ", ""), e);
            }
        }

        /** A [zMin, zMax] list of two numbers, copied; null stays null. */
        static List<Double> zRange(String key, List<Double> region) {
            if (region == null) {
                return null;
            }
            if (region.size() != 2 || region.get(0) == null || region.get(1) == null) {
                throw InputException.outOfRange(key, region, "[zMin, zMax] in cm");
            }
            return List.copyOf(region);
        }

        public HadronSample(String particle, Long events, Double fraction) {
            this(particle, events, fraction, null, null, null, null, null);
        }

        /** The biasing of the forced punch-through sample, null without one. */
        public na64.sim.hadron.ForcedPunchThrough punchThrough() {
            return punchThrough(punchThroughEvents, punchThroughRegion);
        }

        private static na64.sim.hadron.ForcedPunchThrough punchThrough(Long events, List<Double> region) {
            return events == null ? null : new na64.sim.hadron.ForcedPunchThrough(region == null ? null : region.get(0),
                    region == null ? null : region.get(1));
        }

        /** The PDG code of the species. */
        public int pdg() {
            return na64.detector.BeamSpec.parseBeamParticle("hadrons.particle", particle).pdg();
        }

        /** The biasing of the forced-decay sample (the whole simulated beam line), null without one. */
        public na64.sim.beam.ForcedDecay forcedDecay() {
            return forcedDecay(decayEvents, electronShare, decayRegion);
        }

        private static na64.sim.beam.ForcedDecay forcedDecay(Long decayEvents, Double electronShare, List<Double> region) {
            return decayEvents == null ? null : new na64.sim.beam.ForcedDecay(region == null ? null : region.get(0),
                    region == null ? null : region.get(1), electronShare);
        }

        HadronSample withFraction(double f) {
            return new HadronSample(particle, events, f, decayEvents, electronShare, decayRegion, punchThroughEvents,
                    punchThroughRegion);
        }

        HadronSample scaled(double factor) {
            return new HadronSample(particle, scale(events, factor), fraction, decayEvents == null ? null : scale(decayEvents, factor),
                    electronShare, decayRegion, punchThroughEvents == null ? null : scale(punchThroughEvents, factor), punchThroughRegion);
        }
    }

    /**
     * The admixture samples with every fraction known before the first event: a missing one is the
     * setup's admixture fraction of that species. At least one sample: the beam-line decays and the
     * punch-through are estimated from them.
     */
    private static List<HadronSample> withSetupFractions(List<HadronSample> samples, String setup, na64.detector.BeamSpec beam) {
        if (samples.isEmpty()) {
            throw new InputException("hadrons", "at least one admixture sample (pi-, K-, mu-, ...) is needed: the beam-line decays "
                    + "and the punch-through are estimated from them");
        }
        List<HadronSample> out = new java.util.ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            HadronSample h = samples.get(i);
            if (h.fraction() != null) {
                out.add(h);
                continue;
            }
            int pdg = h.pdg();
            String key = "hadrons[" + i + "].fraction";
            Double fraction = beam.admixture().stream().filter(a -> a.type().pdg() == pdg).map(na64.detector.BeamSpec.Admixture::fraction)
                    .findFirst().orElseThrow(() -> new InputException(key, key + ": not given, and the setup " + setup + " has no "
                            + h.particle() + " in its beam admixture"));
            out.add(h.withFraction(fraction));
        }
        return List.copyOf(out);
    }

    /**
     * The side band of the data-driven extrapolation: pre-selected events passing the other
     * signal-box cuts, {@code variable} fitted in {@code fitRange} and extrapolated into {@code signalRange},
     * both in the variable's unit or, with {@code unit: E0}, in units of the beam energy.
     */
    public record Sideband(String variable, List<Double> fitRange, List<Double> signalRange, String unit) {
        public Sideband {
            variable = Config.orDefault(variable, "ecal_energy");
            na64.analysis.select.Variables.get(variable);
            fitRange = range("sideband.fitRange", Config.require("fitRange", fitRange));
            signalRange = range("sideband.signalRange", Config.require("signalRange", signalRange));
            na64.analysis.select.Cut.checkUnit("sideband.unit", variable, unit);
        }

        /** The ranges in the variable's unit at beam energy {@code e0}: {fitLo, fitHi, signalLo, signalHi}. */
        public double[] at(double e0) {
            double f = unit == null ? 1 : e0;
            return new double[] {BeamEnergyFraction.times(fitRange.get(0), f), BeamEnergyFraction.times(fitRange.get(1), f),
                BeamEnergyFraction.times(signalRange.get(0), f), BeamEnergyFraction.times(signalRange.get(1), f)};
        }

        private static List<Double> range(String key, List<Double> r) {
            if (r.size() != 2 || r.get(0) == null || r.get(1) == null || !(r.get(1) > r.get(0))) {
                throw InputException.outOfRange(key, r, "[lo, hi] with lo < hi");
            }
            return List.copyOf(r);
        }
    }

    /**
     * Pile-up: beam particles arriving as a Poisson process during the read-out windows of an
     * event (docs/reconstruction.md, "Pile-up"), overlaid on every event of the samples.
     *
     * @param enabled    default true: a real run has it
     * @param intensity  beam particles per spill (default 5e6, the digitiser's nominal intensity)
     * @param poolEvents simulated beam events (the setup's beam with its admixture) the overlaid particles are drawn from
     */
    public record Pileup(Boolean enabled, Double intensity, Long poolEvents) implements java.io.Serializable {
        public Pileup {
            enabled = Config.orDefault(enabled, true);
            intensity = Config.orDefault(intensity, 5.0e6);
            Check.inClosedRange("pileup.intensity", intensity, 0, 1e9);
            poolEvents = Config.orDefault(poolEvents, 2000L);
            Check.inClosedRange("pileup.poolEvents", poolEvents, 1, 1_000_000);
        }
    }

    /**
     * A published limit to compare with.
     *
     * @param curve "builtin" (NA64e 2016-2022, 9.37e11 EOT) or a CSV file mass_GeV,epsilon; null for none
     * @param label legend label
     */
    public record Published(String curve, String label) {
    }

    /**
     * The same study with every sample's event count multiplied by {@code factor} (at least 1 event
     * each), except the calibration runs: the reference shower needs its statistics whatever the
     * size of the study.
     */
    public StudyConfig scaled(double factor) {
        na64.core.Check.positive("event scale", factor);
        BeamSample b = beam.scaled(factor);
        SignalSamples s = new SignalSamples(signal.model(), signal.masses(), scale(signal.events(), factor), signal.epsilon(),
                signal.emitting(), signal.emissionMin(), signal.referenceMass());
        DimuonSamples d = new DimuonSamples(scale(dimuon.events(), factor), dimuon.bias(), scale(dimuon.dataEvents(), factor),
                dimuon.dataVariation());
        List<HadronSample> h = hadrons.stream().map(x -> x.scaled(factor)).toList();
        return new StudyConfig(name, setup, beamEnergy, eot, seed, threads, selection, observed, unblind, confidenceLevel, calibration, b, s, d, h,
                sideband, background, published, pileup);
    }

    public StudyConfig withSeed(long newSeed) {
        return new StudyConfig(name, setup, beamEnergy, eot, newSeed, threads, selection, observed, unblind, confidenceLevel, calibration, beam,
                signal, dimuon, hadrons, sideband, background, published, pileup);
    }

    public StudyConfig withThreads(int newThreads) {
        return new StudyConfig(name, setup, beamEnergy, eot, seed, newThreads, selection, observed, unblind, confidenceLevel, calibration, beam,
                signal, dimuon, hadrons, sideband, background, published, pileup);
    }

    public StudyConfig withUnblind(boolean newUnblind) {
        return new StudyConfig(name, setup, beamEnergy, eot, seed, threads, selection, observed, newUnblind, confidenceLevel, calibration, beam,
                signal, dimuon, hadrons, sideband, background, published, pileup);
    }

    /** Events of all samples together. */
    public long totalEvents() {
        return calibration.events() * calibrationEnergies().size() + beam.events() + signal.events() * signal.masses().size() + dimuon.events() + dimuon.dataEvents()
                + hadrons.stream().mapToLong(HadronSample::events).sum();
    }

    private static long scale(long events, double factor) {
        return Math.max(1, Math.round(events * factor));
    }

    public static StudyConfig read(Path file) {
        return Config.read(file, StudyConfig.class);
    }

    public static StudyConfig builtin() {
        return Config.readResource(DEFAULT_RESOURCE, StudyConfig.class);
    }
}
