package na64.event.reco;

import java.nio.file.Path;
import java.util.Map;
import na64.event.raw.TruthLink;
import na64.parquet.ListWriter;
import na64.parquet.ParquetWriter;
import na64.parquet.StructListWriter;
import na64.parquet.StructWriter;
import na64.parquet.ValueWriter;
import na64.parquet.WriteOptions;

/**
 * Writes reconstructed events to a Parquet file ({@link RecoEventSchema}). The file appears under
 * its name only after {@link #commit()}; closing without commit leaves nothing. Not thread-safe:
 * one writer per output, fed in event order.
 */
public final class RecoEventWriter implements AutoCloseable {
    private final ParquetWriter out;
    private final ValueWriter run;
    private final ValueWriter spill;
    private final ValueWriter event;
    private final ValueWriter trigger;
    private final ValueWriter ecalEnergy;
    private final ValueWriter ecalPreshower;
    private final ValueWriter ecalX;
    private final ValueWriter ecalY;
    private final ValueWriter ecalMaxCell;
    private final ValueWriter ecalTime;
    private final ValueWriter ecalLateral;
    private final ValueWriter ecalLongitudinal;
    private final ListWriter ecalCells;
    private final ValueWriter hcalEnergy;
    private final ListWriter hcalModules;
    private final ValueWriter vetoEnergy;
    private final ValueWriter vetoTime;
    private final ValueWriter srdEnergy;
    private final ValueWriter srdTime;
    private final ListWriter srdCells;
    private final StructListWriter detectors;
    private final ValueWriter pileup;
    private final StructWriter upstream;
    private final StructWriter downstream;
    private final ValueWriter momentum;
    private final StructWriter truth;

    private RecoEventWriter(ParquetWriter out) {
        this.out = out;
        run = out.value("run");
        spill = out.value("spill");
        event = out.value("event");
        trigger = out.value("trigger");
        ecalEnergy = out.value("ecal_energy");
        ecalPreshower = out.value("ecal_preshower_energy");
        ecalX = out.value("ecal_x");
        ecalY = out.value("ecal_y");
        ecalMaxCell = out.value("ecal_max_cell");
        ecalTime = out.value("ecal_time");
        ecalLateral = out.value("ecal_lateral_chi2");
        ecalLongitudinal = out.value("ecal_longitudinal_chi2");
        ecalCells = out.list("ecal_cells");
        hcalEnergy = out.value("hcal_energy");
        hcalModules = out.list("hcal_modules");
        vetoEnergy = out.value("veto_energy");
        vetoTime = out.value("veto_time");
        srdEnergy = out.value("srd_energy");
        srdTime = out.value("srd_time");
        srdCells = out.list("srd_cells");
        detectors = out.structList("detectors");
        pileup = out.value("pileup_pulses");
        upstream = out.struct("upstream");
        downstream = out.struct("downstream");
        momentum = out.value("momentum");
        truth = out.struct("truth");
    }

    /**
     * Opens a writer; {@code metadata} (run header, conditions, code version) goes into the file
     * footer next to {@code na64.schema}.
     */
    public static RecoEventWriter open(Path path, Map<String, String> metadata) {
        WriteOptions options = WriteOptions.defaults()
                .withMetadata(RecoEventSchema.SCHEMA_KEY, RecoEventSchema.VERSION)
                .withMetadata(metadata)
                .withRowGroupBytes(16L << 20);
        return new RecoEventWriter(ParquetWriter.create(path, RecoEventSchema.schema(), options));
    }

    /** Appends one event. */
    public void write(RecoEvent e) {
        run.set(e.run());
        spill.set(e.spill());
        event.set(e.event());
        trigger.set(e.trigger());
        RecoEvent.EcalShower s = e.ecal();
        ecalEnergy.set(s.energy());
        ecalPreshower.set(s.preshowerEnergy());
        optional(ecalX, s.x());
        optional(ecalY, s.y());
        ecalMaxCell.set(s.maxCell());
        optional(ecalTime, s.time());
        optional(ecalLateral, s.lateralChi2());
        optional(ecalLongitudinal, s.longitudinalChi2());
        ecalCells.setEmpty().addAll(s.cells());
        hcalEnergy.set(e.hcalEnergy());
        hcalModules.setEmpty().addAll(e.hcalModules());
        vetoEnergy.set(e.vetoEnergy());
        optional(vetoTime, e.vetoTime());
        srdEnergy.set(e.srdEnergy());
        optional(srdTime, e.srdTime());
        srdCells.setEmpty().addAll(e.srdCells());
        detectors.setEmpty();
        ValueWriter name = detectors.field("name");
        ValueWriter energy = detectors.field("energy");
        ValueWriter time = detectors.field("time");
        for (RecoEvent.DetectorSignal d : e.detectors()) {
            detectors.addElement();
            name.set(d.name());
            energy.set(d.energy());
            optional(time, d.time());
        }
        pileup.set(e.pileupPulses());
        segment(upstream, e.upstream());
        segment(downstream, e.downstream());
        optional(momentum, e.momentum());
        if (e.truth() != null) {
            TruthLink t = e.truth();
            truth.field("sim_event").set(t.simEvent());
            truth.field("primary_pdg").set(t.primaryPdg());
            truth.field("primary_energy").set(t.primaryEnergy());
            truth.field("incident_pdg").set(t.incidentPdg());
            truth.field("incident_energy").set(t.incidentEnergy());
            truth.field("emission").set(t.emission());
            truth.field("emission_energy").set(t.emissionEnergy());
            truth.field("emission_z").set(t.emissionZ());
            truth.field("weight").set(t.weight());
            truth.field("dimuon").set(t.dimuon());
            truth.field("photonuclear").set(t.photonuclear());
            truth.field("ecal_deposit").set(t.ecalDeposit());
            truth.field("hcal_deposit").set(t.hcalDeposit());
            truth.field("pileup_particles").set(t.pileupParticles());
        }
        out.endRow();
    }

    private static void segment(StructWriter w, RecoEvent.TrackSegment s) {
        if (s == null) {
            return;
        }
        w.field("z").set(s.z());
        w.field("x").set(s.x());
        w.field("y").set(s.y());
        w.field("tx").set(s.tx());
        w.field("ty").set(s.ty());
        w.field("chi2").set(s.chi2());
        w.field("ndf").set(s.ndf());
        w.field("hits").set(s.hits());
        w.field("extra_hits").set(s.extraHits());
    }

    private static void optional(ValueWriter w, double v) {
        if (Double.isFinite(v)) {
            w.set(v);
        }
    }

    /** Adds or replaces a metadata entry (before commit). */
    public void putMetadata(String key, String value) {
        out.putMetadata(key, value);
    }

    public long count() {
        return out.rowCount();
    }

    /** Writes the footer and publishes the file. */
    public void commit() {
        out.commit();
    }

    @Override
    public void close() {
        out.close();
    }
}
