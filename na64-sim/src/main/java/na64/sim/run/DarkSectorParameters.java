package na64.sim.run;

import java.util.LinkedHashMap;
import java.util.Map;
import na64.core.InputException;

/**
 * The dark sector behind invisible and semi-visible decays of a dark photon: the dark coupling
 * alpha_D, the ratio m_A' / m_chi1, and for semi-visible decays the splitting (m_chi2 - m_chi1) /
 * m_chi1. The default is the benchmark of the guide (sec. 5: alpha_D = 0.1, m_A' = 3 m_chi) with a
 * splitting of 0.1 (na64 choice).
 */
public record DarkSectorParameters(double alphaD, double massRatio, double splitting) implements java.io.Serializable {

    public static final DarkSectorParameters DEFAULT = new DarkSectorParameters(0.1, 3, 0.1);

    public DarkSectorParameters {
        if (!(alphaD > 0 && alphaD <= 4 * Math.PI)) {
            throw InputException.outOfRange("alphaD", alphaD, "(0, 4 pi]");
        }
        if (!(massRatio > 2)) {
            throw InputException.outOfRange("massRatio", massRatio, "> 2 (m_A' > 2 m_chi: the A' decays to the dark sector)");
        }
        if (!(splitting > 0 && splitting < massRatio - 1 - 1e-9) || !Double.isFinite(splitting)) {
            throw InputException.outOfRange("splitting", splitting, "(0, massRatio - 1) (m_chi1 + m_chi2 < m_A')");
        }
    }

    /** y = eps^2 alpha_D (m_chi1 / m_A')^4, the thermal-target variable. */
    public double y(double epsilon) {
        return epsilon * epsilon * alphaD * Math.pow(1 / massRatio, 4);
    }

    /** The lightest A' mass [GeV] whose chi2 -> chi1 e+ e- is open: splitting x m / massRatio > 2 m_e. */
    public double lightestSemiVisibleMass() {
        return massRatio * 2 * na64.physics.PhysicalConstants.ELECTRON_MASS / splitting;
    }

    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dark_alpha_D", Double.toString(alphaD));
        m.put("dark_mass_ratio", Double.toString(massRatio));
        m.put("dark_splitting", Double.toString(splitting));
        return m;
    }
}
