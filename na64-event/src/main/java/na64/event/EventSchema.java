package na64.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import na64.parquet.ColumnType;
import na64.parquet.Field;
import na64.parquet.Schema;

/**
 * The schema of simulated-event files, defined here and nowhere else: one row per event, truth
 * scalars as flat columns, per-detector energies, tracker hits as a list of structs. Units are in
 * each column's description; docs/events.md is generated from {@link #markdown()} (a test keeps it
 * in sync).
 *
 * <p>Per-detector columns depend on the setup: for every detector D (lower-cased, other characters
 * than letters and digits replaced by '_') {@code energy_D} (its total) and, for detectors with
 * more than one channel, {@code cells_D} (its channels); for every group G of two or more detectors
 * {@code energy_G} (their sum). The detector list is stored in the file metadata.
 */
public final class EventSchema {
    /** Format name and version, stored under {@link #KEY_FORMAT}. */
    public static final String FORMAT = "na64-sim-events v2";

    // metadata keys
    public static final String KEY_FORMAT = "na64.format";
    public static final String KEY_DETECTORS = "na64.detectors";
    public static final String KEY_TRACKERS = "na64.trackers";
    public static final String KEY_SETUP = "na64.setup";
    public static final String KEY_RUN = "na64.run";
    public static final String KEY_SEED = "na64.seed";
    public static final String KEY_VERSION = "na64.version";
    public static final String KEY_EVENTS = "na64.events";

    /** One documented column. */
    public record ColumnDoc(String name, ColumnType type, boolean nullable, String unit, String description) {
    }

    // column names of the fixed part
    public static final String EVENT = "event";
    public static final String WEIGHT = "weight";
    public static final String PRIMARY_PDG = "primary_pdg";
    public static final String PRIMARY_ENERGY = "primary_energy";
    public static final String PRIMARY_X = "primary_x";
    public static final String PRIMARY_Y = "primary_y";
    public static final String PRIMARY_THETA_X = "primary_theta_x";
    public static final String PRIMARY_THETA_Y = "primary_theta_y";
    public static final String INCIDENT_PDG = "incident_pdg";
    public static final String INCIDENT_ENERGY = "incident_energy";
    public static final String BEAM_DECAY_Z = "beam_decay_z";
    public static final String BEAM_DECAY_CHANNEL = "beam_decay_channel";
    public static final String SYNCHROTRON_PHOTONS = "synchrotron_photons";
    public static final String SYNCHROTRON_ENERGY = "synchrotron_energy";
    public static final String UPSTREAM_BREMSSTRAHLUNG = "upstream_bremsstrahlung";
    public static final String EMISSION = "emission";
    public static final String EMITTER_PDG = "emitter_pdg";
    public static final String EMITTER_ENERGY = "emitter_energy";
    public static final String EMISSION_ENERGY = "emission_energy";
    public static final String EMISSION_X = "emission_x";
    public static final String EMISSION_Y = "emission_y";
    public static final String EMISSION_Z = "emission_z";
    public static final String EMISSION_THETA = "emission_theta";
    public static final String EMITTER_DIR_X = "emitter_dir_x";
    public static final String EMITTER_DIR_Y = "emitter_dir_y";
    public static final String EMITTER_DIR_Z = "emitter_dir_z";
    public static final String EMISSION_DIR_X = "emission_dir_x";
    public static final String EMISSION_DIR_Y = "emission_dir_y";
    public static final String EMISSION_DIR_Z = "emission_dir_z";
    public static final String DECAY_Z = "decay_z";
    public static final String DIMUON = "dimuon";
    public static final String PHOTONUCLEAR = "photonuclear";
    public static final String DEPOSITED_TRUE = "deposited_true";
    public static final String ESCAPED_INVISIBLE = "escaped_invisible";
    public static final String ESCAPED_LEAKAGE = "escaped_leakage";
    public static final String LOST_UPSTREAM = "lost_upstream";
    public static final String HITS = "hits";

    /** The truth columns, in file order. */
    public static final List<ColumnDoc> TRUTH = List.of(
            col(EVENT, ColumnType.INT64, "", "event number in the run (the random stream derives from it and the seed)"),
            col(WEIGHT, ColumnType.DOUBLE, "", "number of real events this one stands for (1 unbiased; 1/B for a biased emission)"),
            col(PRIMARY_PDG, ColumnType.INT32, "", "PDG code of the beam particle"),
            col(PRIMARY_ENERGY, ColumnType.DOUBLE, "GeV", "energy of the beam particle at the start of the simulated beam line"),
            col(PRIMARY_X, ColumnType.DOUBLE, "cm", "its x there"),
            col(PRIMARY_Y, ColumnType.DOUBLE, "cm", "its y there"),
            col(PRIMARY_THETA_X, ColumnType.DOUBLE, "rad", "its slope dx/dz there"),
            col(PRIMARY_THETA_Y, ColumnType.DOUBLE, "rad", "its slope dy/dz there"),
            col(INCIDENT_PDG, ColumnType.INT32, "", "PDG code of the most energetic particle reaching the target region (0 if none)"),
            col(INCIDENT_ENERGY, ColumnType.DOUBLE, "GeV", "its energy at the handover plane"),
            opt(BEAM_DECAY_Z, ColumnType.DOUBLE, "cm", "z of a decay in flight of the beam particle (null if none)"),
            opt(BEAM_DECAY_CHANNEL, ColumnType.STRING, "", "its decay channel, e.g. 'pi- -> mu- nu' (null if none)"),
            col(SYNCHROTRON_PHOTONS, ColumnType.INT32, "", "synchrotron photons emitted in the magnets"),
            col(SYNCHROTRON_ENERGY, ColumnType.DOUBLE, "GeV", "their total energy"),
            col(UPSTREAM_BREMSSTRAHLUNG, ColumnType.DOUBLE, "GeV", "energy radiated as bremsstrahlung upstream of the target region"),
            opt(EMISSION, ColumnType.STRING, "", "dark-sector emission: bremsstrahlung, annihilation or primakoff (null if none)"),
            col(EMITTER_PDG, ColumnType.INT32, "", "PDG code of the emitting lepton (0 if none)"),
            col(EMITTER_ENERGY, ColumnType.DOUBLE, "GeV", "its energy just before the emission"),
            col(EMISSION_ENERGY, ColumnType.DOUBLE, "GeV", "energy of the emitted boson X"),
            col(EMISSION_X, ColumnType.DOUBLE, "cm", "emission point x"),
            col(EMISSION_Y, ColumnType.DOUBLE, "cm", "emission point y"),
            col(EMISSION_Z, ColumnType.DOUBLE, "cm", "emission point z"),
            col(EMISSION_THETA, ColumnType.DOUBLE, "rad", "polar angle of X relative to the emitter"),
            col(EMITTER_DIR_X, ColumnType.DOUBLE, "", "direction cosine x of the emitter just before the emission (0 if none)"),
            col(EMITTER_DIR_Y, ColumnType.DOUBLE, "", "its direction cosine y"),
            col(EMITTER_DIR_Z, ColumnType.DOUBLE, "", "its direction cosine z"),
            col(EMISSION_DIR_X, ColumnType.DOUBLE, "", "direction cosine x of X (0 if none)"),
            col(EMISSION_DIR_Y, ColumnType.DOUBLE, "", "its direction cosine y"),
            col(EMISSION_DIR_Z, ColumnType.DOUBLE, "", "its direction cosine z"),
            opt(DECAY_Z, ColumnType.DOUBLE, "cm", "z of the decay of X in the visible mode, of chi2 in the semi-visible mode (null if none)"),
            col(DIMUON, ColumnType.BOOLEAN, "", "a gamma -> mu+ mu- conversion happened"),
            col(PHOTONUCLEAR, ColumnType.BOOLEAN, "", "a photonuclear interaction happened"),
            col(DEPOSITED_TRUE, ColumnType.DOUBLE, "GeV", "energy deposited in all detectors before resolution effects"),
            col(ESCAPED_INVISIBLE, ColumnType.DOUBLE, "GeV", "energy carried away by invisible particles (X, neutrinos)"),
            col(ESCAPED_LEAKAGE, ColumnType.DOUBLE, "GeV", "energy of visible particles leaving the setup"),
            col(LOST_UPSTREAM, ColumnType.DOUBLE, "GeV", "energy lost upstream of the target region (passive material, lost particles)"));

    /** The members of each element of the {@code hits} list, in file order. */
    public static final List<ColumnDoc> HIT_MEMBERS = List.of(
            col("plane", ColumnType.INT32, "", "index of the tracker plane in the metadata list na64.trackers"),
            col("track", ColumnType.INT32, "", "particle id in the event (0 = the beam particle or its leading decay product)"),
            col("pdg", ColumnType.INT32, "", "PDG code of the particle"),
            col("x", ColumnType.DOUBLE, "cm", "true x at the plane"),
            col("y", ColumnType.DOUBLE, "cm", "true y at the plane"),
            col("z", ColumnType.DOUBLE, "cm", "z of the plane"),
            col("slope_x", ColumnType.DOUBLE, "", "true dx/dz"),
            col("slope_y", ColumnType.DOUBLE, "", "true dy/dz"),
            col("momentum", ColumnType.DOUBLE, "GeV", "momentum of the particle"),
            col("time", ColumnType.DOUBLE, "ns", "time of the crossing (0: a nominal beam particle at z = 0)"),
            col("x_measured", ColumnType.DOUBLE, "cm", "measured x: true x smeared by the plane's resolution (NaN if the plane does not measure x)"),
            col("y_measured", ColumnType.DOUBLE, "cm", "measured y (NaN if the plane does not measure y)"));

    private EventSchema() {
    }

    private static ColumnDoc col(String name, ColumnType type, String unit, String description) {
        return new ColumnDoc(name, type, false, unit, description);
    }

    private static ColumnDoc opt(String name, ColumnType type, String unit, String description) {
        return new ColumnDoc(name, type, true, unit, description);
    }

    /** The column-name form of a detector or group name: lower case, [a-z0-9_]. */
    public static String columnName(String detectorOrGroup) {
        return detectorOrGroup.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /** The total-energy column of a detector or group, "energy_ecal". */
    public static String energyColumn(String detectorOrGroup) {
        return "energy_" + columnName(detectorOrGroup);
    }

    /** The per-channel column of a detector, "cells_ecal" (only for detectors with several channels). */
    public static String cellsColumn(String detector) {
        return "cells_" + columnName(detector);
    }

    /** Groups of two or more detectors, in detector order, with their members. */
    public static Map<String, List<DetectorInfo>> groups(List<DetectorInfo> detectors) {
        Map<String, List<DetectorInfo>> all = new LinkedHashMap<>();
        for (DetectorInfo d : detectors) {
            all.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d);
        }
        Map<String, List<DetectorInfo>> out = new LinkedHashMap<>();
        all.forEach((g, members) -> {
            if (members.size() > 1) {
                out.put(g, List.copyOf(members));
            }
        });
        return out;
    }

    /** The Parquet schema of a file with these detectors. */
    public static Schema parquetSchema(List<DetectorInfo> detectors) {
        Schema.Builder b = Schema.builder();
        Set<String> names = new LinkedHashSet<>();
        for (ColumnDoc c : TRUTH) {
            if (c.nullable()) {
                b.optional(c.name(), c.type());
            } else {
                b.required(c.name(), c.type());
            }
            names.add(c.name());
        }
        for (DetectorInfo d : detectors) {
            unique(names, energyColumn(d.name()));
            b.required(energyColumn(d.name()), ColumnType.DOUBLE);
            if (d.channels() > 1) {
                unique(names, cellsColumn(d.name()));
                b.list(cellsColumn(d.name()), ColumnType.DOUBLE);
            }
        }
        for (String g : groups(detectors).keySet()) {
            unique(names, energyColumn(g));
            b.required(energyColumn(g), ColumnType.DOUBLE);
        }
        Field[] members = HIT_MEMBERS.stream().map(c -> Field.required(c.name(), c.type())).toArray(Field[]::new);
        unique(names, HITS);
        b.structList(HITS, members);
        return b.build();
    }

    private static void unique(Set<String> names, String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("column " + name + " would appear twice: rename a detector or group");
        }
    }

    /** docs/events.md. */
    public static String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# Simulated-event files\n\n");
        s.append("<!-- generated from na64.event.EventSchema.markdown(); EventSchemaDocTest keeps it in sync -->\n\n");
        s.append("`na64 simulate` writes one Parquet file per run (format `").append(FORMAT).append("`): one row per\n")
                .append("event, in event-number order, whatever the number of threads. Scalars are flat columns,\n")
                .append("per-channel energies lists of doubles, tracker hits a list of structs, in the LIST layout of\n")
                .append("the Parquet specification; DuckDB and Spark read the files directly, as the tests check\n")
                .append("(see [parquet.md](parquet.md)).\n")
                .append("Java: `na64.event.SimEventReader`. Units: GeV, cm, ns, rad.\n\n");
        s.append("## Truth columns\n\n| column | type | unit | description |\n| --- | --- | --- | --- |\n");
        for (ColumnDoc c : TRUTH) {
            row(s, c);
        }
        s.append("\n## Detector columns\n\n")
                .append("For every read-out detector D of the setup (counters, SRD, calorimeters; lower-cased,\n")
                .append("characters other than letters and digits replaced by `_`):\n\n")
                .append("| column | type | unit | description |\n| --- | --- | --- | --- |\n")
                .append("| `energy_D` | DOUBLE | GeV | total energy of D on the electromagnetic scale, with sampling fluctuations |\n")
                .append("| `cells_D` | DOUBLE[] | GeV | energy per channel, channel = section * cells + cell (section 0 upstream; cell = iy * nx + ix); only for detectors with more than one channel |\n")
                .append("| `energy_G` | DOUBLE | GeV | for every group G of two or more detectors (HCAL = HCAL1 + ... + HCAL4, MU): their summed energy |\n");
        s.append("\n## Tracker hits\n\n`hits` is a list (one element per recorded hit) of structs with the members\n\n")
                .append("| member | type | unit | description |\n| --- | --- | --- | --- |\n");
        for (ColumnDoc c : HIT_MEMBERS) {
            row(s, c);
        }
        s.append("\n## File metadata (Parquet key-value)\n\n| key | value |\n| --- | --- |\n")
                .append("| `").append(KEY_FORMAT).append("` | `").append(FORMAT).append("` |\n")
                .append("| `").append(KEY_DETECTORS).append("` | JSON list of the detectors in column order: name, group, sections, cells |\n")
                .append("| `").append(KEY_TRACKERS).append("` | JSON list of the tracker planes (the `plane` index of a hit) |\n")
                .append("| `").append(KEY_SETUP).append("` | the resolved setup (YAML), after the command-line overrides |\n")
                .append("| `").append(KEY_RUN).append("` | the run options (YAML): beam, energy, events, seed, signal and biasing |\n")
                .append("| `").append(KEY_SEED).append("` | the run seed |\n")
                .append("| `").append(KEY_VERSION).append("` | the na64 version that wrote the file |\n")
                .append("| `").append(KEY_EVENTS).append("` | the number of events |\n")
                .append("| `na64.downstream.*` | parameters reported by the downstream simulation (biasing factors actually used, cut energy) |\n");
        s.append("\n## Example (DuckDB)\n\n```sql\n")
                .append("SELECT count(*), avg(energy_ecal), stddev_pop(energy_ecal) FROM 'events.parquet';\n")
                .append("SELECT event, energy_ecal, energy_hcal FROM 'events.parquet' WHERE energy_ecal < 50 AND energy_hcal < 1;\n")
                .append("SELECT h.plane, avg(h.x_measured - h.x) FROM 'events.parquet', unnest(hits) AS t(h) GROUP BY h.plane;\n")
                .append("SELECT decode(value) FROM parquet_kv_metadata('events.parquet') WHERE decode(key) = 'na64.seed';\n")
                .append("```\n");
        return s.toString();
    }

    private static void row(StringBuilder s, ColumnDoc c) {
        String type = c.type().name() + (c.nullable() ? " (nullable)" : "");
        s.append("| `").append(c.name()).append("` | ").append(type).append(" | ").append(c.unit()).append(" | ")
                .append(c.description()).append(" |\n");
    }
}
