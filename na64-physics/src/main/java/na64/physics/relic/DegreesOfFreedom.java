package na64.physics.relic;

import java.util.ArrayList;
import java.util.List;
import na64.physics.DataFiles;
import na64.physics.PhysicalConstants;
import org.hipparchus.analysis.interpolation.AkimaSplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * Effective relativistic degrees of freedom of the Standard-Model plasma: g_eff(T) for the energy
 * density rho = (pi^2/30) g_eff T^4 and h_eff(T) for the entropy density s = (2 pi^2/45) h_eff T^3.
 *
 * <p>T >= 1 MeV: Borsanyi et al., Nature 539 (2016) 69, Supplementary Table S2 (data file
 * na64/physics/relic/borsanyi2016-dof.tsv). T < 1 MeV: photons, e+- annihilating with their
 * exact Fermi-Dirac thermodynamics, and three neutrino flavours decoupled instantaneously before
 * e+- annihilation, (T_nu/T)^3 = (2 + h_e(T)) / (11/2) by entropy conservation (Kolb & Turner,
 * The Early Universe, section 3.4): g_eff -> 3.36, h_eff -> 3.91 today. Both parts are joined
 * by one Akima spline in log10 T; outside 1 keV - 282 GeV the end values are used.
 * Immutable; build once and share.
 */
public final class DegreesOfFreedom {
    private static final String RESOURCE = "borsanyi2016-dof.tsv";
    /** Low-temperature points computed from e+- thermodynamics, log10(T/MeV). */
    private static final double[] LOW_T_LOG10_MEV = {-3.0, -2.5, -2.0, -1.75, -1.5, -1.25, -1.0, -0.75, -0.5, -0.3};

    private final PolynomialSplineFunction gEnergy;
    private final PolynomialSplineFunction gEntropy;
    private final PolynomialSplineFunction gEntropyDerivative;
    private final double logMin;
    private final double logMax;

    private DegreesOfFreedom(double[] logT, double[] g, double[] h) {
        AkimaSplineInterpolator akima = new AkimaSplineInterpolator();
        this.gEnergy = akima.interpolate(logT, g);
        this.gEntropy = akima.interpolate(logT, h);
        this.gEntropyDerivative = gEntropy.polynomialSplineDerivative();
        this.logMin = logT[0];
        this.logMax = logT[logT.length - 1];
    }

    /** The standard tabulation described in the class comment. */
    public static DegreesOfFreedom standardModel() {
        List<double[]> rows = new ArrayList<>();
        for (double lg : LOW_T_LOG10_MEV) {
            double temperature = Math.pow(10, lg) * 1e-3;
            rows.add(electronPositronEra(temperature, lg));
        }
        rows.addAll(readBorsanyi());
        double[] logT = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] g = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] h = rows.stream().mapToDouble(r -> r[2]).toArray();
        return new DegreesOfFreedom(logT, g, h);
    }

    private static List<double[]> readBorsanyi() {
        List<double[]> rows = new ArrayList<>();
        for (String[] c : DataFiles.rows(DegreesOfFreedom.class, RESOURCE)) {
            double lg = Double.parseDouble(c[0]);
            double gRho = Double.parseDouble(c[1]);
            double ratio = Double.parseDouble(c[2]);
            rows.add(new double[] {lg, gRho, gRho / ratio});
        }
        return rows;
    }

    /** {log10(T/MeV), g_eff, h_eff} for photons + e+- + decoupled neutrinos at temperature T [GeV]. */
    static double[] electronPositronEra(double temperature, double log10TMeV) {
        double x = PhysicalConstants.ELECTRON_MASS / temperature;
        double[] rp = fermionEnergyAndPressure(x, 4);
        double gE = rp[0] * 30 / (Math.PI * Math.PI);
        double hE = (rp[0] + rp[1]) * 45 / (2 * Math.PI * Math.PI);
        double tnu3 = (2 + hE) / 5.5;
        double tnu4 = Math.pow(tnu3, 4.0 / 3.0);
        double neutrinos = 7.0 / 8.0 * 6;
        return new double[] {log10TMeV, 2 + gE + neutrinos * tnu4, 2 + hE + neutrinos * tnu3};
    }

    /**
     * rho/T^4 and p/T^4 of a Fermi-Dirac gas with g internal states and m/T = x (zero chemical
     * potential): rho = g/(2 pi^2) int u^2 sqrt(u^2-x^2)/(e^u+1) du, p = g/(6 pi^2) int (u^2-x^2)^1.5/(e^u+1) du.
     */
    static double[] fermionEnergyAndPressure(double x, int g) {
        int n = 4000;
        double upper = 60;
        double h = upper / n;
        double rho = 0;
        double p = 0;
        for (int i = 0; i <= n; i++) {
            double k = i * h; // momentum / T
            double u = Math.sqrt(k * k + x * x);
            double occupation = 1 / (Math.exp(u) + 1);
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            // d^3p in terms of k: rho = g/(2 pi^2) int k^2 u f dk, p = g/(6 pi^2) int k^4/u f dk
            rho += w * k * k * u * occupation;
            p += w * (u > 0 ? k * k * k * k / u : 0) * occupation;
        }
        rho *= h / 3 * g / (2 * Math.PI * Math.PI);
        p *= h / 3 * g / (6 * Math.PI * Math.PI);
        return new double[] {rho, p};
    }

    private double clampedLog(double temperature) {
        double lg = Math.log10(temperature * 1e3);
        return Math.max(logMin, Math.min(logMax, lg));
    }

    /** g_eff(T), T in GeV. */
    public double energy(double temperature) {
        return gEnergy.value(clampedLog(temperature));
    }

    /** h_eff(T) (often g_*s), T in GeV. */
    public double entropy(double temperature) {
        return gEntropy.value(clampedLog(temperature));
    }

    /**
     * g_*^(1/2) = (h_eff / sqrt(g_eff)) (1 + (1/3) d ln h_eff / d ln T), the combination in the
     * Boltzmann equation for the yield (Gondolo & Gelmini, Nucl. Phys. B 360 (1991) 145, eq. 3.13).
     */
    public double sqrtGStar(double temperature) {
        double lg = Math.log10(temperature * 1e3);
        double h = entropy(temperature);
        double dlnh = 0;
        if (lg > logMin && lg < logMax) {
            dlnh = gEntropyDerivative.value(lg) / (h * Math.log(10));
        }
        return h / Math.sqrt(energy(temperature)) * (1 + dlnh / 3);
    }
}
