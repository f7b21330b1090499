package na64.sim.hadron;

import java.util.LinkedHashMap;
import java.util.Map;
import na64.core.InputException;

/**
 * The biasing of a sample of photonuclear backgrounds: the photonuclear cross section of the photons
 * above {@code minEnergy} enhanced by {@code crossSectionFactor}, and a K0S made the leading meson of a
 * final state that has one with probability {@code leadingShortKaon}; both undone exactly by the event
 * weights. With a minimum energy the photons below it are not absorbed at all: the sample is one of
 * the photonuclear interactions above it (which alone can make the background it measures), and the
 * minimum must be at least the cascade's cut energy (the parameterised showers below the cut then
 * have no absorption).
 *
 * @param crossSectionFactor enhancement of the photonuclear cross section (>= 1)
 * @param leadingShortKaon   probability of a leading K0S where the final state has one ([0, 1); 0: natural)
 * @param minEnergy          smallest photon energy absorbed [GeV] (0: all)
 */
public record PhotonuclearBias(double crossSectionFactor, double leadingShortKaon, double minEnergy)
        implements java.io.Serializable {

    /** No biasing. */
    public static final PhotonuclearBias NATURAL = new PhotonuclearBias(1, 0, 0);

    public PhotonuclearBias {
        if (!(crossSectionFactor >= 1) || !Double.isFinite(crossSectionFactor)) {
            throw InputException.outOfRange("photonuclear bias", crossSectionFactor, "a finite number >= 1");
        }
        if (!(leadingShortKaon >= 0 && leadingShortKaon < 1)) {
            throw InputException.outOfRange("leading-K0S probability", leadingShortKaon, "[0, 1)");
        }
        if (!(minEnergy >= 0) || !Double.isFinite(minEnergy)) {
            throw InputException.outOfRange("photonuclear minimum energy", minEnergy, "a finite number >= 0 GeV");
        }
    }

    /** Key-value pairs for file metadata. */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("bias_photonuclear", Double.toString(crossSectionFactor));
        m.put("bias_leading_k0s", Double.toString(leadingShortKaon));
        m.put("photonuclear_min_energy_GeV", Double.toString(minEnergy));
        return m;
    }
}
