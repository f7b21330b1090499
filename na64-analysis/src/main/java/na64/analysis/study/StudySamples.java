package na64.analysis.study;

import java.util.ArrayList;
import java.util.List;

/**
 * The samples of a study by their role, first as requests ({@link SamplePlan}), then as produced
 * samples: the stages take the sample they need by its role, not by a name or a list position.
 *
 * @param calibration one per calibration energy, in the order of {@link StudyConfig#calibrationEnergies()}
 * @param beam        the pseudo-data
 * @param dimuon      the biased dimuon Monte Carlo
 * @param dimuonData  the "data" of the dimuon comparison
 * @param hadrons     one per admixture sample, in the order of {@link StudyConfig#hadrons()}
 * @param decays      one forced-decay sample per admixture sample that asks for one ({@code decayEvents}), in the
 *                    order of {@link StudyConfig#hadrons()}
 * @param punchThroughs one forced punch-through sample per admixture sample that asks for one
 *                    ({@code punchThroughEvents}), in the order of {@link StudyConfig#hadrons()}
 * @param upstream    electrons forced to interact in the beam-line material (source (iii)); null if the study has none
 * @param signals     one per mass, in the order of the signal masses
 * @param <T> {@link SampleRequest} or {@link SampleSummary}
 */
public record StudySamples<T>(List<T> calibration, T beam, T dimuon, T dimuonData, List<T> hadrons, List<T> decays,
        List<T> punchThroughs, T upstream, List<T> signals) {

    public StudySamples {
        calibration = List.copyOf(calibration);
        hadrons = List.copyOf(hadrons);
        decays = List.copyOf(decays);
        punchThroughs = List.copyOf(punchThroughs);
        signals = List.copyOf(signals);
    }

    /** Every sample, calibration runs first (their reference shower is needed to reconstruct the others). */
    public List<T> all() {
        List<T> out = new ArrayList<>(calibration);
        out.add(beam);
        out.add(dimuon);
        out.add(dimuonData);
        out.addAll(hadrons);
        out.addAll(decays);
        out.addAll(punchThroughs);
        if (upstream != null) {
            out.add(upstream);
        }
        out.addAll(signals);
        return out;
    }
}
