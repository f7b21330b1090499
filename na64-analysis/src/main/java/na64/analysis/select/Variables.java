package na64.analysis.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.core.InputException;

/**
 * The catalogue of selection variables: the names a selection file may use, bound to the columns
 * of the reconstructed-event Parquet schema (na64.event.reco, schema "reco-v2"). This class is the
 * one place that knows the column layout; a change of the schema changes only the bindings here.
 *
 * <p>Missing quantities (no track, no SRD pulse) are null in the files; a comparison with null is
 * not true, so an event without the quantity fails any cut on it.
 */
public final class Variables {
    private static final Map<String, Variable> ALL = build();

    private Variables() {
    }

    /** The variable called {@code name}, or an error listing the allowed names. */
    public static Variable get(String name) {
        Variable v = ALL.get(name);
        if (v == null) {
            throw InputException.unknown("variable", name, ALL.keySet());
        }
        return v;
    }

    /** Which part of the detector a variable comes from. */
    public enum Subsystem {
        /** the trackers and the magnet spectrometer: the incoming (and outgoing) track */
        TRACKING,
        /** the synchrotron-radiation detector: the electron identification of the beam line */
        SRD,
        /** the calorimeters, counters and everything else (Monte Carlo truth included) */
        CALORIMETERS
    }

    private static final java.util.Set<String> TRACKING = java.util.Set.of("momentum", "track_angle", "out_angle", "upstream_hits",
            "downstream_hits", "downstream_chi2", "upstream_extra_hits", "downstream_extra_hits");

    /** The subsystem that measures {@code name} (an unknown name is an error listing the allowed ones). */
    public static Subsystem subsystem(String name) {
        get(name);
        return TRACKING.contains(name) ? Subsystem.TRACKING : name.startsWith("srd_") ? Subsystem.SRD : Subsystem.CALORIMETERS;
    }

    public static boolean exists(String name) {
        return ALL.containsKey(name);
    }

    /** Every variable, in catalogue order. */
    public static Collection<Variable> all() {
        return Collections.unmodifiableCollection(ALL.values());
    }

    public static List<String> names() {
        return new ArrayList<>(ALL.keySet());
    }

    private static Map<String, Variable> build() {
        Map<String, Variable> m = new LinkedHashMap<>();
        Expr.Column ecal = col("ecal_energy");
        Expr.Column hcal = col("hcal_energy");
        put(m, "ecal_energy", "GeV", "energy in the whole ECAL (pre-shower + main part)", ecal);
        put(m, "ecal_preshower_energy", "GeV", "energy in the ECAL pre-shower section", col("ecal_preshower_energy"));
        put(m, "ecal_x", "cm", "ECAL shower centre x", col("ecal_x"));
        put(m, "ecal_y", "cm", "ECAL shower centre y", col("ecal_y"));
        put(m, "ecal_time", "ns", "ECAL signal time relative to the trigger", col("ecal_time"));
        put(m, "ecal_lateral_chi2", "", "chi2 of the lateral shower shape against an electron shower", col("ecal_lateral_chi2"));
        put(m, "ecal_longitudinal_chi2", "", "chi2 of the longitudinal shower shape (pre-shower fraction) against an electron shower",
                col("ecal_longitudinal_chi2"));
        put(m, "hcal_energy", "GeV", "energy in all HCAL modules", hcal);
        for (int k = 1; k <= 4; k++) {
            put(m, "hcal" + k + "_energy", "GeV", "energy in HCAL module " + k + " (1 = most upstream)",
                    new Expr.Element(col("hcal_modules"), k));
        }
        put(m, "total_energy", "GeV", "E_ECAL + E_HCAL", new Expr.Sum(ecal, hcal));
        put(m, "veto_energy", "GeV", "energy in the VETO counter", col("veto_energy"));
        put(m, "veto_time", "ns", "VETO signal time relative to the trigger", col("veto_time"));
        // the visible mode's detectors, from the per-detector list (null in setups without them)
        Expr.DetectorEnergy wcal = new Expr.DetectorEnergy("WCAL");
        put(m, "wcal_energy", "GeV", "energy in the tungsten calorimeter WCAL (the dump of the visible mode)", wcal);
        put(m, "wcal_ecal_energy", "GeV", "E_WCAL + E_ECAL (the beam energy in a visible-mode signal event)", new Expr.Sum(wcal, ecal));
        put(m, "v2_energy", "GeV", "energy in the veto counter V2 behind the WCAL", new Expr.DetectorEnergy("V2"));
        for (int k = 2; k <= 4; k++) {
            put(m, "s" + k + "_energy", "GeV", "energy in the counter S" + k + (k == 2 ? " (the decay counter of the visible mode)" : ""),
                    new Expr.DetectorEnergy("S" + k));
        }
        put(m, "srd_energy", "GeV", "energy in the synchrotron-radiation detector", col("srd_energy"));
        put(m, "srd_time", "ns", "SRD signal time relative to the trigger", col("srd_time"));
        put(m, "momentum", "GeV", "beam momentum from the bending angle in the magnets", col("momentum"));
        put(m, "track_angle", "mrad", "polar angle of the upstream track segment",
                new Expr.Scaled(1000, new Expr.Hypot(col("upstream.tx"), col("upstream.ty"))));
        put(m, "out_angle", "mrad", "polar angle of the downstream track segment",
                new Expr.Scaled(1000, new Expr.Hypot(col("downstream.tx"), col("downstream.ty"))));
        put(m, "upstream_hits", "", "tracker measurements on the upstream segment", col("upstream.hits"));
        put(m, "downstream_hits", "", "tracker measurements on the downstream segment", col("downstream.hits"));
        put(m, "upstream_extra_hits", "", "measurements in the upstream planes off the upstream segment (multiplicity)",
                col("upstream.extra_hits"));
        put(m, "downstream_extra_hits", "", "measurements in the downstream planes off the downstream segment (multiplicity: "
                + "charged products of an interaction upstream, pile-up)", col("downstream.extra_hits"));
        put(m, "downstream_chi2", "", "chi2 of the straight-line fit of the downstream segment (a kink: a decay or a scatter)",
                col("downstream.chi2"));
        put(m, "pileup_pulses", "", "out-of-time or second pulses found by the waveform fits", col("pileup_pulses"));
        put(m, "trigger", "", "trigger word", col("trigger"));
        // Monte Carlo truth (null for real data): weights and categories of simulated samples
        put(m, "weight", "", "event weight from cross-section biasing (1 for data)", new Expr.Coalesce(col("truth.weight"), 1));
        put(m, "truth_primary_pdg", "", "PDG code of the beam particle", col("truth.primary_pdg"));
        put(m, "truth_incident_pdg", "", "PDG code of the particle that reached the target", col("truth.incident_pdg"));
        put(m, "truth_emission", "", "dark-sector emission: 0 none, 1 bremsstrahlung, 2 annihilation, 3 Primakoff",
                col("truth.emission"));
        put(m, "truth_emission_energy", "GeV", "energy of the emitted dark boson", col("truth.emission_energy"));
        put(m, "truth_dimuon", "", "1 if a gamma -> mu+ mu- conversion happened", new Expr.AsNumber(col("truth.dimuon")));
        put(m, "truth_photonuclear", "", "1 if a photonuclear interaction happened", new Expr.AsNumber(col("truth.photonuclear")));
        return Collections.unmodifiableMap(m);
    }

    private static Expr.Column col(String path) {
        return new Expr.Column(path);
    }

    private static void put(Map<String, Variable> m, String name, String unit, String description, Expr expr) {
        m.put(name, new Variable(name, unit, description, expr));
    }
}
