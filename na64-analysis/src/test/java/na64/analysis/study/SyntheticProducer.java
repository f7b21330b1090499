package na64.analysis.study;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import na64.analysis.fixture.SyntheticRecoEvent;
import na64.core.Progress;
import na64.event.raw.TruthLink;
import na64.event.reco.RecoEvent.TrackSegment;
import na64.event.reco.RecoEventWriter;

/**
 * A stand-in for the simulation chain in tests of the pipeline's plumbing: writes reconstructed-
 * event files (the production schema and writer, {@link SyntheticRecoEvent}) with crude, obviously synthetic distributions
 * (the physics of the study is tested with the real chain, not with these).
 */
final class SyntheticProducer implements SampleProducer {

    /** The synthetic events have no ECAL cells: no reference shower (the chi2 column is filled synthetically). */
    @Override
    public na64.reco.conditions.ShowerProfile showerProfile(java.util.List<na64.analysis.calibration.ElectronShowerProfile.Run> runs,
            String setup) {
        return null;
    }

    @Override
    public SampleSummary produce(SampleRequest r, Path file, na64.reco.conditions.ShowerProfile profile, int threads, Progress progress) {
        SplittableRandom rng = new SplittableRandom(r.seed());
        try (RecoEventWriter w = RecoEventWriter.open(file, Map.of())) {
            for (long i = 0; i < r.events(); i++) {
                int pdg = pdgOf(r, rng);
                boolean electron = pdg == 11;
                // a forced-decay sample: every particle decayed (weight: its decay probability), half to an electron
                boolean forced = r.forcedDecay() != null;
                int incident = pdg != 11 && rng.nextDouble() < (forced ? 0.5 : 0.05) ? 11 : pdg;
                double weight = forced ? 0.05 : 1;
                if (r.upstreamNuclear() != null) {
                    weight = rng.nextDouble() < 0.8 ? 5e-7 : 0; // forced upstream interactions: the others weighted 0
                }
                int emission = 0;
                double emissionEnergy = 0;
                boolean dimuon = false;
                double e = electron ? 100 * (1 + 0.02 * rng.nextGaussian()) : 100 * rng.nextDouble();
                double h = electron ? Math.abs(0.1 * rng.nextGaussian()) : Math.max(0, 100 - e + 3 * rng.nextGaussian());
                if (electron && rng.nextDouble() < 0.02) {
                    e = 50 + 35 * rng.nextDouble();                  // a low-energy tail (upstream losses)
                }
                if (r.isSignal()) {
                    emission = rng.nextDouble() < 0.9 ? 1 : 2;
                    emissionEnergy = 100 * Math.sqrt(rng.nextDouble());
                    e = Math.max(0.5, 100 - emissionEnergy + 2 * rng.nextGaussian());
                    weight = 1e-3;
                } else if (r.dimuonBias() > 1 && rng.nextDouble() < 0.1) {
                    dimuon = true;
                    weight = 1 / r.dimuonBias();
                    e = 30 + 50 * rng.nextDouble();
                    h = r.variation().hcalScale() * (12 + 4 * rng.nextGaussian());
                }
                double preshower = electron ? 0.6 + 2 * rng.nextDouble() : 0.3 * rng.nextDouble();
                double chi2 = electron ? 5 * rng.nextDouble() : 20 * rng.nextDouble();
                double veto = 0.002 * rng.nextDouble();
                double srd = electron || incident == 11 ? 0.02 + 0.05 * rng.nextDouble() : 0.0005 * rng.nextDouble();
                double srdTime = 3 * rng.nextGaussian();
                double momentum = 100 + rng.nextGaussian();
                TrackSegment up = SyntheticRecoEvent.upstream(2e-4 * rng.nextGaussian(), 2e-4 * rng.nextGaussian(), 6);
                double fit = 0;
                for (int k = 0; k < 6; k++) {
                    double g = rng.nextGaussian();
                    fit += g * g;                                 // chi2 of 6 degrees of freedom
                }
                TrackSegment down = SyntheticRecoEvent.downstream(fit, forced && rng.nextDouble() < 0.9 ? 6 : 10); // decay electrons miss the last stations
                TruthLink truth = SyntheticRecoEvent.truth(weight, pdg, incident, emission, emissionEnergy, dimuon);
                w.write(SyntheticRecoEvent.of(i, e, preshower, chi2, h, new double[] {h / 2, h / 2, 0, 0}, veto, srd, srdTime,
                        momentum, up, down, truth));
                progress.advance(1);
            }
            w.commit();
        }
        return new SampleSummary(r, r.events(), file, 0);
    }

    private static int pdgOf(SampleRequest r, SplittableRandom rng) {
        if (!r.admixture()) {
            return na64.detector.BeamSpec.parseBeamParticle("particle", r.particle()).pdg();
        }
        double u = rng.nextDouble();
        return u < 0.01 ? -211 : u < 0.013 ? -321 : u < 0.015 ? 13 : 11;
    }
}
