package na64.reach.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * One dataset of a reach configuration (YAML keys in brackets; units in the key names).
 *
 * @param name                  label [name], default "data"
 * @param beam                  e-, e+ or mu- [beam], required
 * @param energy                beam energy [energy_GeV], required
 * @param eot                   particles on target [eot], required, &gt; 0
 * @param emissMin              cut on the X energy E_X = missing energy [emiss_min_GeV], default E0/2
 * @param efficiency            flat signal efficiency in (0, 1] [efficiency], default 1 without a table (null with one)
 * @param efficiencyTable       CSV mass_GeV,efficiency (relative to the configuration file) [efficiency_table]
 * @param efficiencyUncertainty relative signal-yield uncertainty [efficiency_uncertainty], default 0
 * @param background            expected background events [background], default 0
 * @param backgroundUncertainty relative background uncertainty [background_uncertainty], default 0
 * @param observed              observed events [observed], default 0
 * @param target                target material (na64 material names) [target], default ecal-pbsc
 * @param targetX0              target thickness in radiation lengths [target_X0], default 40
 * @param muonPathCm            path of a muon in the target [muon_path_cm], default target_X0 X0
 * @param trackLengths          tsai, rossi-a, rossi-b, cascade, default or a table file [track_lengths]
 * @param processes             bremsstrahlung, annihilation, primakoff [processes], default: all that apply
 * @param decayFromCm           start of the decay window from the target front face [decay_from_cm]
 * @param decayToCm             end of the decay window [decay_to_cm], default infinity
 * @param escapeCm              invisible mode: visible decays beyond this count as missing energy [escape_cm]
 * @param reference             where the numbers come from (free text) [reference]
 */
public record DatasetConfig(
        String name,
        String beam,
        @JsonProperty("energy_GeV") Double energy,
        Double eot,
        @JsonProperty("emiss_min_GeV") Double emissMin,
        Double efficiency,
        @JsonProperty("efficiency_table") String efficiencyTable,
        @JsonProperty("efficiency_uncertainty") Double efficiencyUncertainty,
        Double background,
        @JsonProperty("background_uncertainty") Double backgroundUncertainty,
        Integer observed,
        String target,
        @JsonProperty("target_X0") Double targetX0,
        @JsonProperty("muon_path_cm") Double muonPathCm,
        @JsonProperty("track_lengths") String trackLengths,
        List<String> processes,
        @JsonProperty("decay_from_cm") Double decayFromCm,
        @JsonProperty("decay_to_cm") Double decayToCm,
        @JsonProperty("escape_cm") Double escapeCm,
        String reference) {

    public DatasetConfig {
        name = Config.orDefault(name, "data");
        Config.require("beam", beam);
        Config.require("energy_GeV", energy);
        Check.positive("energy_GeV", energy);
        Config.require("eot", eot);
        Check.positive("eot", eot);
        emissMin = Config.orDefault(emissMin, energy / 2);
        if (!(emissMin >= 0 && emissMin < energy)) {
            throw InputException.outOfRange("emiss_min_GeV", emissMin, "[0, energy_GeV = " + energy + ")");
        }
        if (efficiency != null && efficiencyTable != null) {
            throw new InputException("efficiency", "give either efficiency or efficiency_table, not both");
        }
        if (efficiencyTable == null) {
            // the default stays unset beside a table, so that a configuration written back out reads again
            efficiency = Config.orDefault(efficiency, 1.0);
            Check.fraction("efficiency", efficiency);
        }
        efficiencyUncertainty = Config.orDefault(efficiencyUncertainty, 0.0);
        Check.inClosedRange("efficiency_uncertainty", efficiencyUncertainty, 0, 5);
        background = Config.orDefault(background, 0.0);
        Check.nonNegative("background", background);
        backgroundUncertainty = Config.orDefault(backgroundUncertainty, 0.0);
        Check.inClosedRange("background_uncertainty", backgroundUncertainty, 0, 5);
        if (background == 0 && backgroundUncertainty > 0) {
            throw InputException.outOfRange("background_uncertainty", backgroundUncertainty, "0 when background is 0");
        }
        observed = Config.orDefault(observed, 0);
        Check.nonNegative("observed", (long) observed);
        target = Config.orDefault(target, "ecal-pbsc");
        targetX0 = Config.orDefault(targetX0, 40.0);
        Check.positive("target_X0", targetX0);
        if (muonPathCm != null) {
            Check.positive("muon_path_cm", muonPathCm);
        }
        trackLengths = Config.orDefault(trackLengths, "default");
        processes = processes == null ? List.of() : List.copyOf(processes);
        if (decayFromCm != null) {
            Check.nonNegative("decay_from_cm", decayFromCm);
        }
        if (decayToCm != null && !(decayToCm > Config.orDefault(decayFromCm, 0.0))) {
            throw InputException.outOfRange("decay_to_cm", decayToCm, "> decay_from_cm");
        }
        if (escapeCm != null) {
            Check.positive("escape_cm", escapeCm);
        }
    }
}
