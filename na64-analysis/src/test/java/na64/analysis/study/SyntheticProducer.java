package na64.analysis.study;

import java.nio.file.Path;
import java.util.SplittableRandom;
import na64.core.Progress;
import na64.parquet.ColumnType;
import na64.parquet.Field;
import na64.parquet.ListWriter;
import na64.parquet.ParquetWriter;
import na64.parquet.Schema;
import na64.parquet.StructWriter;
import na64.parquet.ValueWriter;

/**
 * A stand-in for the simulation chain in tests of the pipeline's plumbing: writes reconstructed-
 * event files of the reco-v1 columns the study reads, with crude, obviously synthetic distributions
 * (the physics of the study is tested with the real chain, not with these).
 */
final class SyntheticProducer implements SampleProducer {

    private static Schema schema() {
        return Schema.builder()
                .required("ecal_energy", ColumnType.DOUBLE)
                .required("ecal_preshower_energy", ColumnType.DOUBLE)
                .optional("ecal_lateral_chi2", ColumnType.DOUBLE)
                .required("hcal_energy", ColumnType.DOUBLE)
                .list("hcal_modules", ColumnType.DOUBLE)
                .required("veto_energy", ColumnType.DOUBLE)
                .required("srd_energy", ColumnType.DOUBLE)
                .optional("srd_time", ColumnType.DOUBLE)
                .optional("momentum", ColumnType.DOUBLE)
                .add(Field.struct("upstream", true, Field.required("tx", ColumnType.DOUBLE), Field.required("ty", ColumnType.DOUBLE)))
                .add(Field.struct("downstream", true, Field.required("chi2", ColumnType.DOUBLE), Field.required("hits", ColumnType.INT32)))
                .optionalStruct("truth", Field.required("weight", ColumnType.DOUBLE), Field.required("primary_pdg", ColumnType.INT32),
                        Field.required("incident_pdg", ColumnType.INT32), Field.required("emission", ColumnType.INT32),
                        Field.required("emission_energy", ColumnType.DOUBLE), Field.required("dimuon", ColumnType.BOOLEAN))
                .build();
    }

    /** The synthetic events have no ECAL cells: no reference shower (the chi2 column is filled synthetically). */
    @Override
    public na64.reco.conditions.ShowerProfile showerProfile(java.util.List<na64.analysis.calibration.ElectronShowerProfile.Run> runs,
            String setup) {
        return null;
    }

    @Override
    public SampleSummary produce(SampleRequest r, Path file, na64.reco.conditions.ShowerProfile profile, int threads, Progress progress) {
        SplittableRandom rng = new SplittableRandom(r.seed());
        try (ParquetWriter w = ParquetWriter.create(file, schema())) {
            ValueWriter ecal = w.value("ecal_energy");
            ValueWriter ps = w.value("ecal_preshower_energy");
            ValueWriter chi2 = w.value("ecal_lateral_chi2");
            ValueWriter hcal = w.value("hcal_energy");
            ListWriter modules = w.list("hcal_modules");
            ValueWriter veto = w.value("veto_energy");
            ValueWriter srd = w.value("srd_energy");
            ValueWriter srdTime = w.value("srd_time");
            ValueWriter momentum = w.value("momentum");
            StructWriter up = w.struct("upstream");
            StructWriter down = w.struct("downstream");
            StructWriter truth = w.struct("truth");
            for (long i = 0; i < r.events(); i++) {
                int pdg = pdgOf(r, rng);
                boolean electron = pdg == 11;
                // a forced-decay sample: every particle decayed (weight: its decay probability), half to an electron
                boolean forced = r.forcedDecay() != null;
                int incident = pdg != 11 && rng.nextDouble() < (forced ? 0.5 : 0.05) ? 11 : pdg;
                double weight = forced ? 0.05 : 1;
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
                ecal.set(e);
                ps.set(electron ? 0.6 + 2 * rng.nextDouble() : 0.3 * rng.nextDouble());
                chi2.set(electron ? 5 * rng.nextDouble() : 20 * rng.nextDouble());
                hcal.set(h);
                modules.addAll(new double[] {h / 2, h / 2, 0, 0});
                veto.set(0.002 * rng.nextDouble());
                srd.set(electron || incident == 11 ? 0.02 + 0.05 * rng.nextDouble() : 0.0005 * rng.nextDouble());
                srdTime.set(3 * rng.nextGaussian());
                momentum.set(100 + rng.nextGaussian());
                up.field("tx").set(2e-4 * rng.nextGaussian());
                up.field("ty").set(2e-4 * rng.nextGaussian());
                double fit = 0;
                for (int k = 0; k < 6; k++) {
                    double g = rng.nextGaussian();
                    fit += g * g;                                 // chi2 of 6 degrees of freedom
                }
                down.field("chi2").set(fit);
                down.field("hits").set(forced && rng.nextDouble() < 0.9 ? 6 : 10); // decay electrons miss the last stations
                truth.field("weight").set(weight);
                truth.field("primary_pdg").set(pdg);
                truth.field("incident_pdg").set(incident);
                truth.field("emission").set(emission);
                truth.field("emission_energy").set(emissionEnergy);
                truth.field("dimuon").set(dimuon);
                w.endRow();
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
