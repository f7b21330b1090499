package na64.analysis.select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * A selection as a declarative list of cuts, read strictly from YAML (unknown keys, unknown
 * variables and unknown operators are errors naming the key, the file and the line):
 *
 * <pre>
 * name: na64e-invisible
 * cuts:                           # the pre-selection, applied in order
 *   - {name: "track momentum", variable: momentum, op: between, range: [0.96, 1.04], unit: E0}
 *   - ...
 * signalBox:                      # the last cuts: events passing them are blinded
 *   - {variable: ecal_energy, op: "&lt;", value: 0.5, unit: E0}
 *   - {variable: hcal_energy, op: "&lt;", value: 1}
 * controlRegions:                 # after the pre-selection, instead of the signal box
 *   - {name: I, description: "dimuons", cuts: [...]}
 * </pre>
 *
 * The cut flow is the pre-selection followed by the signal-box cuts. The beam energy E0 is the
 * study's ({@link #atBeamEnergy}); energy cuts that follow it are written in units of E0. A
 * selection made for one energy only may state {@code beamEnergy}: a study at another energy is
 * then an error naming both.
 *
 * @param name           label
 * @param description    one line for the report
 * @param beamEnergy     the beam energy [GeV] the selection is resolved at (in a file: optional, the one it is made for)
 * @param cuts           pre-selection cuts in order
 * @param signalBox      cuts defining the signal box (applied after the pre-selection)
 * @param controlRegions control regions (after the pre-selection)
 * @param planeCuts      how many leading pre-selection cuts the events of the report's
 *                       E_ECAL-E_HCAL plane pass (null: all); fewer show the populations the
 *                       particle identification removes
 */
public record SelectionSpec(String name, String description, Double beamEnergy, List<Cut> cuts,
        List<Cut> signalBox, List<Region> controlRegions, Integer planeCuts) {

    /** The built-in NA64e invisible-mode selection (2021-2022 runs, 100 GeV). */
    public static final String DEFAULT_RESOURCE = "/na64/analysis/selection-na64e-invisible.yaml";

    public SelectionSpec {
        Config.require("name", name);
        description = Config.orDefault(description, "");
        if (beamEnergy != null) {
            Check.positive("beamEnergy", beamEnergy);
        }
        cuts = List.copyOf(Config.orDefault(cuts, List.of()));
        if (signalBox == null || signalBox.isEmpty()) {
            throw new InputException("signalBox", "missing required key 'signalBox' (the cuts that define the signal box)");
        }
        signalBox = List.copyOf(signalBox);
        controlRegions = List.copyOf(Config.orDefault(controlRegions, List.of()));
        planeCuts = Config.orDefault(planeCuts, cuts.size());
        if (planeCuts < 0 || planeCuts > cuts.size()) {
            throw InputException.outOfRange("planeCuts", planeCuts, "0 ... " + cuts.size() + " (the number of pre-selection cuts)");
        }
        Set<String> names = new HashSet<>();
        for (Cut c : allCuts(cuts, signalBox)) {
            if (!names.add(c.name())) {
                throw new InputException("cuts", "two cuts are named '" + c.name() + "'; names label the cut flow and must differ");
            }
        }
        Set<String> regionNames = new HashSet<>();
        for (Region r : controlRegions) {
            if (!regionNames.add(r.name())) {
                throw new InputException("controlRegions", "two control regions are named '" + r.name() + "'");
            }
        }
    }

    public static SelectionSpec read(Path file) {
        return Config.read(file, SelectionSpec.class);
    }

    public static SelectionSpec builtin() {
        return Config.readResource(DEFAULT_RESOURCE, SelectionSpec.class);
    }

    /**
     * The selection at the study's beam energy {@code e0} [GeV]: cuts in units of E0 turned into GeV.
     *
     * @param studySource where e0 comes from, for the error ("study beamEnergy in study.yaml")
     * @param selectionSource where this selection comes from ("selection.yaml")
     */
    public SelectionSpec atBeamEnergy(double e0, String studySource, String selectionSource) {
        Check.positive("beamEnergy", e0);
        if (beamEnergy != null && Math.abs(beamEnergy - e0) > 1e-9 * e0) {
            throw InputException.outOfRange("beamEnergy", beamEnergy, String.format(java.util.Locale.ROOT,
                    "the study's beam energy: the selection (%s) is made for %s GeV, the %s is %s GeV; remove beamEnergy "
                    + "from the selection (and write its energy cuts with unit: E0) or make the two equal",
                    selectionSource, beamEnergy, studySource, e0));
        }
        List<Region> regions = controlRegions.stream()
                .map(r -> new Region(r.name(), r.description(), resolve(r.cuts(), e0))).toList();
        return new SelectionSpec(name, description, e0, resolve(cuts, e0), resolve(signalBox, e0), regions, planeCuts);
    }

    private static List<Cut> resolve(List<Cut> list, double e0) {
        return list.stream().map(c -> c.atBeamEnergy(e0)).toList();
    }

    /** The selection of the report's plane: the first {@link #planeCuts} pre-selection cuts, the same box. */
    public SelectionSpec forPlane() {
        return new SelectionSpec(name, description, beamEnergy, cuts.subList(0, planeCuts), signalBox, controlRegions, planeCuts);
    }

    /** Pre-selection then signal box: the rows of the cut flow. */
    public List<Cut> cutFlowCuts() {
        return allCuts(cuts, signalBox);
    }

    public Region region(String regionName) {
        for (Region r : controlRegions) {
            if (r.name().equals(regionName)) {
                return r;
            }
        }
        throw InputException.unknown("control region", regionName, controlRegions.stream().map(Region::name).toList());
    }

    private static List<Cut> allCuts(List<Cut> pre, List<Cut> box) {
        List<Cut> all = new ArrayList<>(pre);
        all.addAll(box);
        return all;
    }
}
