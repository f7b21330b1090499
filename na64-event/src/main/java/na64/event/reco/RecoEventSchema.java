package na64.event.reco;

import na64.parquet.ColumnType;
import na64.parquet.Field;
import na64.parquet.Schema;

/**
 * The Parquet schema of reconstructed events: the one place where the columns are defined. Units
 * are in the column names where they are not obvious; energies GeV, positions cm, times ns
 * relative to the trigger. Absent quantities are null. Files carry the key-value metadata
 * {@code na64.schema = reco-v2}, the code version, the run header and the conditions used.
 *
 * <pre>
 * run INT32, spill INT32, event INT64, trigger INT32
 * ecal_energy, ecal_preshower_energy, ecal_x, ecal_y DOUBLE; ecal_max_cell INT32; ecal_time DOUBLE?
 * ecal_lateral_chi2 DOUBLE?, ecal_longitudinal_chi2 DOUBLE?, ecal_cells LIST&lt;DOUBLE&gt;
 * hcal_energy DOUBLE, hcal_modules LIST&lt;DOUBLE&gt;
 * veto_energy DOUBLE, veto_time DOUBLE?, srd_energy DOUBLE, srd_time DOUBLE?, srd_cells LIST&lt;DOUBLE&gt;
 * detectors LIST&lt;{name STRING, energy DOUBLE, time DOUBLE?}&gt;
 * pileup_pulses INT32
 * upstream, downstream {z, x, y, tx, ty, chi2 DOUBLE, ndf INT32, hits INT32, extra_hits INT32}?
 * momentum DOUBLE?
 * truth {sim_event INT64, primary_pdg INT32, primary_energy DOUBLE, incident_pdg INT32,
 *        incident_energy DOUBLE, emission INT32, emission_energy DOUBLE, emission_z DOUBLE,
 *        weight DOUBLE, dimuon BOOLEAN, photonuclear BOOLEAN, ecal_deposit DOUBLE,
 *        hcal_deposit DOUBLE, pileup_particles INT32}?
 * </pre>
 */
public final class RecoEventSchema {
    /** Value of the {@link #SCHEMA_KEY} metadata entry. */
    public static final String VERSION = "reco-v2";
    /** Metadata key naming the schema version. */
    public static final String SCHEMA_KEY = "na64.schema";

    private RecoEventSchema() {
    }

    /** The schema of a reconstructed-event file. */
    public static Schema schema() {
        return Schema.builder()
                .required("run", ColumnType.INT32)
                .required("spill", ColumnType.INT32)
                .required("event", ColumnType.INT64)
                .required("trigger", ColumnType.INT32)
                .required("ecal_energy", ColumnType.DOUBLE)
                .required("ecal_preshower_energy", ColumnType.DOUBLE)
                .optional("ecal_x", ColumnType.DOUBLE)
                .optional("ecal_y", ColumnType.DOUBLE)
                .required("ecal_max_cell", ColumnType.INT32)
                .optional("ecal_time", ColumnType.DOUBLE)
                .optional("ecal_lateral_chi2", ColumnType.DOUBLE)
                .optional("ecal_longitudinal_chi2", ColumnType.DOUBLE)
                .list("ecal_cells", ColumnType.DOUBLE)
                .required("hcal_energy", ColumnType.DOUBLE)
                .list("hcal_modules", ColumnType.DOUBLE)
                .required("veto_energy", ColumnType.DOUBLE)
                .optional("veto_time", ColumnType.DOUBLE)
                .required("srd_energy", ColumnType.DOUBLE)
                .optional("srd_time", ColumnType.DOUBLE)
                .list("srd_cells", ColumnType.DOUBLE)
                .structList("detectors", Field.required("name", ColumnType.STRING),
                        Field.required("energy", ColumnType.DOUBLE), Field.optional("time", ColumnType.DOUBLE))
                .required("pileup_pulses", ColumnType.INT32)
                .add(segment("upstream"))
                .add(segment("downstream"))
                .optional("momentum", ColumnType.DOUBLE)
                .optionalStruct("truth",
                        Field.required("sim_event", ColumnType.INT64),
                        Field.required("primary_pdg", ColumnType.INT32),
                        Field.required("primary_energy", ColumnType.DOUBLE),
                        Field.required("incident_pdg", ColumnType.INT32),
                        Field.required("incident_energy", ColumnType.DOUBLE),
                        Field.required("emission", ColumnType.INT32),
                        Field.required("emission_energy", ColumnType.DOUBLE),
                        Field.required("emission_z", ColumnType.DOUBLE),
                        Field.required("weight", ColumnType.DOUBLE),
                        Field.required("dimuon", ColumnType.BOOLEAN),
                        Field.required("photonuclear", ColumnType.BOOLEAN),
                        Field.required("ecal_deposit", ColumnType.DOUBLE),
                        Field.required("hcal_deposit", ColumnType.DOUBLE),
                        Field.required("pileup_particles", ColumnType.INT32))
                .build();
    }

    private static Field segment(String name) {
        return Field.struct(name, true,
                Field.required("z", ColumnType.DOUBLE),
                Field.required("x", ColumnType.DOUBLE),
                Field.required("y", ColumnType.DOUBLE),
                Field.required("tx", ColumnType.DOUBLE),
                Field.required("ty", ColumnType.DOUBLE),
                Field.required("chi2", ColumnType.DOUBLE),
                Field.required("ndf", ColumnType.INT32),
                Field.required("hits", ColumnType.INT32),
                Field.required("extra_hits", ColumnType.INT32));
    }
}
