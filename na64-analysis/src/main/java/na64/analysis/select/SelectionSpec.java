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
 * beamEnergy: 100                 # GeV, for the report
 * cuts:                           # the pre-selection, applied in order
 *   - {name: "track momentum", variable: momentum, op: between, range: [90, 110]}
 *   - ...
 * signalBox:                      # the last cuts: events passing them are blinded
 *   - {variable: ecal_energy, op: "&lt;", value: 50}
 *   - {variable: hcal_energy, op: "&lt;", value: 1}
 * controlRegions:                 # after the pre-selection, instead of the signal box
 *   - {name: I, description: "dimuons", cuts: [...]}
 * </pre>
 *
 * The cut flow is the pre-selection followed by the signal-box cuts.
 *
 * @param name           label
 * @param description    one line for the report
 * @param beamEnergy     nominal beam energy [GeV]
 * @param cuts           pre-selection cuts in order
 * @param signalBox      cuts defining the signal box (applied after the pre-selection)
 * @param controlRegions control regions (after the pre-selection)
 * @param planeCuts      how many leading pre-selection cuts the events of the report's
 *                       E_ECAL-E_HCAL plane pass (null: all); fewer show the populations the
 *                       particle identification removes
 */
public record SelectionSpec(String name, String description, double beamEnergy, List<Cut> cuts,
        List<Cut> signalBox, List<Region> controlRegions, Integer planeCuts) {

    /** The built-in NA64e invisible-mode selection (2021-2022 runs, 100 GeV). */
    public static final String DEFAULT_RESOURCE = "/na64/analysis/selection-na64e-invisible.yaml";

    public SelectionSpec {
        Config.require("name", name);
        description = Config.orDefault(description, "");
        Check.positive("beamEnergy", beamEnergy);
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
