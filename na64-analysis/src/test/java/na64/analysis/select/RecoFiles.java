package na64.analysis.select;

import java.nio.file.Path;
import java.util.SplittableRandom;
import na64.parquet.ColumnType;
import na64.parquet.Field;
import na64.parquet.ListWriter;
import na64.parquet.ParquetWriter;
import na64.parquet.Schema;
import na64.parquet.StructWriter;
import na64.parquet.ValueWriter;

/**
 * Writes small reconstructed-event files for tests: the columns of the reco-v1 schema that the
 * selection uses, filled with a mixture of electron-like, hadron-like and signal-like events, some
 * quantities missing (null) and weighted truth.
 */
final class RecoFiles {
    private RecoFiles() {
    }

    static Schema schema() {
        return Schema.builder()
                .required("event", ColumnType.INT64)
                .required("ecal_energy", ColumnType.DOUBLE)
                .required("ecal_preshower_energy", ColumnType.DOUBLE)
                .optional("ecal_lateral_chi2", ColumnType.DOUBLE)
                .required("hcal_energy", ColumnType.DOUBLE)
                .list("hcal_modules", ColumnType.DOUBLE)
                .required("veto_energy", ColumnType.DOUBLE)
                .required("srd_energy", ColumnType.DOUBLE)
                .optional("srd_time", ColumnType.DOUBLE)
                .optional("momentum", ColumnType.DOUBLE)
                .add(Field.struct("upstream", true, Field.required("tx", ColumnType.DOUBLE),
                        Field.required("ty", ColumnType.DOUBLE), Field.required("hits", ColumnType.INT32)))
                .add(Field.struct("downstream", true, Field.required("chi2", ColumnType.DOUBLE), Field.required("hits", ColumnType.INT32)))
                .optionalStruct("truth", Field.required("weight", ColumnType.DOUBLE),
                        Field.required("emission", ColumnType.INT32), Field.required("dimuon", ColumnType.BOOLEAN))
                .build();
    }

    /** {@code n} events from the stream {@code seed}; {@code truth} false writes data-like files without truth. */
    static void write(Path path, int n, long seed, boolean truth) {
        SplittableRandom rng = new SplittableRandom(seed);
        try (ParquetWriter w = ParquetWriter.create(path, schema())) {
            ValueWriter event = w.value("event");
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
            SplittableRandom downstreamRng = new SplittableRandom(seed ^ 0x5eedL); // its own stream: the other columns as before
            StructWriter mc = w.struct("truth");
            for (int i = 0; i < n; i++) {
                event.set((long) i);
                double u = rng.nextDouble();
                double e;
                double h;
                if (u < 0.6) {                       // electron shower, full energy in the ECAL
                    e = 100 * (1 + 0.02 * rng.nextGaussian());
                    h = Math.abs(0.2 * rng.nextGaussian());
                } else if (u < 0.8) {                // hadronic: shared between ECAL and HCAL
                    e = 100 * rng.nextDouble();
                    h = 100 - e + 5 * rng.nextGaussian();
                } else if (u < 0.9) {                // dimuon-like
                    e = 40 + 30 * rng.nextDouble();
                    h = 8 + 4 * rng.nextDouble();
                } else {                             // missing energy
                    e = 60 * rng.nextDouble();
                    h = Math.abs(1.5 * rng.nextGaussian());
                }
                ecal.set(e);
                ps.set(rng.nextDouble() * 3);
                if (rng.nextDouble() < 0.05) {
                    chi2.setNull();
                } else {
                    chi2.set(rng.nextDouble() * 15);
                }
                hcal.set(h);
                int count = rng.nextDouble() < 0.02 ? 1 : 4;          // a short list now and then: hcal2 is null
                double[] m = new double[count];
                for (int k = 0; k < count; k++) {
                    m[k] = h / 4 + rng.nextGaussian();
                }
                modules.addAll(m);
                veto.set(rng.nextDouble() < 0.1 ? 0.01 : 0.001 * rng.nextDouble());
                srd.set(rng.nextDouble() * 0.25);
                if (rng.nextDouble() < 0.03) {
                    srdTime.setNull();
                } else {
                    srdTime.set(15 * rng.nextGaussian());
                }
                if (rng.nextDouble() < 0.04) {
                    momentum.setNull();
                } else {
                    momentum.set(100 + 3 * rng.nextGaussian());
                }
                if (rng.nextDouble() < 0.03) {
                    up.setNull();
                } else {
                    up.field("tx").set(0.0008 * rng.nextGaussian());
                    up.field("ty").set(0.0008 * rng.nextGaussian());
                    up.field("hits").set(4 + rng.nextInt(3));
                }
                if (downstreamRng.nextDouble() < 0.03) {
                    down.setNull();
                } else {
                    down.field("chi2").set(downstreamRng.nextDouble() < 0.05 ? 200 : 15 * downstreamRng.nextDouble());
                    down.field("hits").set(6 + downstreamRng.nextInt(5));
                }
                if (truth) {
                    mc.field("weight").set(rng.nextDouble() < 0.3 ? 0.005 : 1.0);
                    mc.field("emission").set(rng.nextInt(3));
                    mc.field("dimuon").set(u >= 0.8 && u < 0.9);
                } else {
                    mc.setNull();
                }
                w.endRow();
            }
            w.commit();
        }
    }
}
