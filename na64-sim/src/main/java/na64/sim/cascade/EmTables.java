package na64.sim.cascade;

import static na64.physics.PhysicalConstants.ELECTRON_MASS;
import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.core.GaussLegendre;
import na64.physics.material.Element;
import na64.physics.material.IonisationLoss;
import na64.physics.material.Material;
import na64.physics.sm.Bremsstrahlung;
import na64.physics.sm.ComptonScattering;
import na64.physics.sm.PairProduction;
import na64.physics.sm.PositronAnnihilation;

/**
 * The electromagnetic physics of one material for the explicit cascade above the cut energy
 * E_cut, tabulated in ln E (immutable, shared by threads). Processes (per atom from
 * {@link na64.physics.sm}; per cm: sum over elements of n_i sigma_i):
 * <ul>
 * <li>e+-: bremsstrahlung with photons above k_c = E_cut (discrete); below k_c it is a continuous
 *     loss, E int_0^{k_c/E} y dsigma/dy dy per atom, added to the collision loss of
 *     {@link IonisationLoss#electron} (unrestricted: delta rays are deposited locally);</li>
 * <li>e+: two-photon annihilation in flight (discrete);</li>
 * <li>photons: e+e- pair production and Compton scattering ({@link ComptonScattering}).</li>
 * </ul>
 * For the continuous-slowing-down transport the tables hold the loss L(E) [GeV/cm], the range
 * R(E) = int_{E_cut}^E dE/L and the optical depth Lambda(E) = int_{E_cut}^E Sigma(E')/L(E') dE' of
 * the discrete processes, so that a charged particle's next interaction is found by inverting
 * Lambda without step-size limits. Not included: photoelectric absorption and coherent
 * scattering (negligible above ~5 MeV), multiple scattering (the lateral spread is the
 * parameterised showers'), LPM suppression.
 */
public final class EmTables {
    /** Exact for the quadratic y dsigma/dy of the soft-photon loss. */
    private static final GaussLegendre TWO_POINTS = GaussLegendre.of(2);
    /** Nodes per decade of energy of all tables. */
    public static final int PER_DECADE = 100;
    /** Upper end of the tables [GeV]. */
    static final double MAX_ENERGY = 2000;

    private final Material material;
    private final double cut;
    private final double density;
    private final Element[] elements;
    private final double[] atoms;
    private final Bremsstrahlung[] brem;
    private final PairProduction[] pair;
    private final ParticleTables electron;
    private final ParticleTables positron;
    private final EnergyTable pairSigma;
    private final EnergyTable comptonSigma;
    private final double electronsPerCm3;

    /** Loss, range and optical depth of one charged species. */
    static final class ParticleTables {
        final EnergyTable loss;
        final EnergyTable ionisation;
        final EnergyTable range;
        final EnergyTable bremSigma;
        final EnergyTable annihilationSigma;
        final EnergyTable opticalDepth;

        ParticleTables(EnergyTable loss, EnergyTable ionisation, EnergyTable range, EnergyTable bremSigma,
                       EnergyTable annihilationSigma, EnergyTable opticalDepth) {
            this.loss = loss;
            this.ionisation = ionisation;
            this.range = range;
            this.bremSigma = bremSigma;
            this.annihilationSigma = annihilationSigma;
            this.opticalDepth = opticalDepth;
        }
    }

    public EmTables(Material material, double cutEnergy) {
        if (!(cutEnergy > 2 * ELECTRON_MASS)) {
            throw new IllegalArgumentException("cut energy " + cutEnergy + " GeV must exceed 2 m_e");
        }
        this.material = material;
        this.cut = cutEnergy;
        this.density = material.density();
        List<Material.Component> comp = material.composition();
        this.elements = new Element[comp.size()];
        this.atoms = new double[comp.size()];
        this.brem = new Bremsstrahlung[comp.size()];
        this.pair = new PairProduction[comp.size()];
        double ne = 0;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = comp.get(i).element();
            atoms[i] = comp.get(i).atomsPerCm3();
            brem[i] = Bremsstrahlung.of(elements[i]);
            pair[i] = PairProduction.of(elements[i]);
            ne += atoms[i] * elements[i].z();
        }
        this.electronsPerCm3 = ne;
        this.electron = charged(false);
        this.positron = charged(true);
        this.pairSigma = EnergyTable.of(k -> macroscopicPair(k), cut, MAX_ENERGY, PER_DECADE);
        this.comptonSigma = EnergyTable.of(k -> electronsPerCm3 * ComptonScattering.sigmaPerElectronPb(k) * PB_CM2,
                cut, MAX_ENERGY, PER_DECADE);
    }

    private ParticleTables charged(boolean isPositron) {
        EnergyTable ion = EnergyTable.of(e -> density * IonisationLoss.electron(material, e - ELECTRON_MASS, isPositron),
                cut, MAX_ENERGY, PER_DECADE);
        EnergyTable loss = EnergyTable.of(e -> ion.value(e) + softBremLoss(e), cut, MAX_ENERGY, PER_DECADE);
        EnergyTable range = EnergyTable.of(e -> 1 / loss.value(e), cut, MAX_ENERGY, PER_DECADE);
        EnergyTable bremSigma = EnergyTable.of(this::macroscopicBrem, cut, MAX_ENERGY, PER_DECADE);
        EnergyTable annSigma = isPositron
                ? EnergyTable.of(e -> electronsPerCm3 * PositronAnnihilation.sigmaPerElectron(e) * PB_CM2,
                        cut, MAX_ENERGY, PER_DECADE)
                : null;
        EnergyTable depth = EnergyTable.of(e -> (bremSigma.value(e) + (annSigma == null ? 0 : annSigma.value(e)))
                / loss.value(e), cut, MAX_ENERGY, PER_DECADE);
        return new ParticleTables(loss, ion, range, bremSigma, annSigma, depth);
    }

    /** Sum over elements of n_i sigma_i(E, k > E_cut) [1/cm]. */
    private double macroscopicBrem(double e) {
        if (cut >= e - ELECTRON_MASS) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < elements.length; i++) {
            s += atoms[i] * brem[i].sigma(e, cut);
        }
        return s * PB_CM2;
    }

    private double macroscopicPair(double k) {
        double s = 0;
        for (int i = 0; i < elements.length; i++) {
            s += atoms[i] * pair[i].sigma(k);
        }
        return s * PB_CM2;
    }

    /**
     * Radiative loss to photons below k_c [GeV/cm]: E sum_i n_i int_0^{y_c} y dsigma_i/dy dy,
     * y_c = min(k_c/E, y_max); the integrand is a quadratic in y, integrated exactly by 2-point
     * Gauss-Legendre.
     */
    private double softBremLoss(double e) {
        double yc = Math.min(cut / e, Bremsstrahlung.yMax(e));
        if (!(yc > 0)) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < elements.length; i++) {
            Bremsstrahlung b = brem[i];
            s += atoms[i] * TWO_POINTS.integrate(y -> y * b.dSigmaDy(y), 0, yc);
        }
        return e * s * PB_CM2;
    }

    // ------------------------------------------------------------------ queries

    public Material material() {
        return material;
    }

    /** Upper end of all tables [GeV]. */
    public static double maxEnergy() {
        return MAX_ENERGY;
    }

    /** The cut energy E_cut [GeV]: e+- and photons below it are not followed. */
    public double cut() {
        return cut;
    }

    /** Electrons per cm^3. */
    public double electronsPerCm3() {
        return electronsPerCm3;
    }

    private ParticleTables of(boolean isPositron) {
        return isPositron ? positron : electron;
    }

    /** Total continuous loss L(E) [GeV/cm] (collision + bremsstrahlung below the cut). */
    public double loss(boolean isPositron, double e) {
        return of(isPositron).loss.value(e);
    }

    /** Collision (ionisation) part of the loss [GeV/cm]. */
    public double ionisationLoss(boolean isPositron, double e) {
        return of(isPositron).ionisation.value(e);
    }

    /** Range above the cut R(E) = int_{E_cut}^E dE/L [cm]. */
    public double range(boolean isPositron, double e) {
        return of(isPositron).range.integral(e);
    }

    /** The energy with range r [cm] (E_cut for r <= 0). */
    public double energyAtRange(boolean isPositron, double r) {
        return of(isPositron).range.inverseIntegral(r);
    }

    /** Optical depth Lambda(E) of the discrete processes above the cut. */
    public double opticalDepth(boolean isPositron, double e) {
        return of(isPositron).opticalDepth.integral(e);
    }

    /** The energy with optical depth lambda (E_cut for lambda <= 0). */
    public double energyAtOpticalDepth(boolean isPositron, double lambda) {
        return of(isPositron).opticalDepth.inverseIntegral(lambda);
    }

    /** Macroscopic bremsstrahlung cross section above the cut [1/cm]. */
    public double bremSigma(double e) {
        return electron.bremSigma.value(e);
    }

    /** Macroscopic annihilation-in-flight cross section of a positron [1/cm]. */
    public double annihilationSigma(double e) {
        return positron.annihilationSigma.value(e);
    }

    /** Photon: pair production [1/cm]. */
    public double pairSigma(double k) {
        return pairSigma.value(k);
    }

    /** Photon: Compton scattering [1/cm]. */
    public double comptonSigma(double k) {
        return comptonSigma.value(k);
    }

    // ------------------------------------------------------------------ samplers

    /** The element hit by a bremsstrahlung interaction at energy E, with probability n_i sigma_i. */
    public int bremElement(double e, RandomGenerator rng) {
        if (elements.length == 1) {
            return 0;
        }
        double total = 0;
        for (int i = 0; i < elements.length; i++) {
            total += atoms[i] * brem[i].sigma(e, cut);
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < elements.length - 1; i++) {
            u -= atoms[i] * brem[i].sigma(e, cut);
            if (u < 0) {
                return i;
            }
        }
        return elements.length - 1;
    }

    /** Photon energy fraction y = k/E of a bremsstrahlung photon above the cut. */
    public double sampleBremY(double e, RandomGenerator rng) {
        int i = bremElement(e, rng);
        return brem[i].sampleY(e, cut / e, rng);
    }

    /** Electron fraction x = E_-/k of a pair. */
    public double samplePairX(double k, RandomGenerator rng) {
        int chosen = elements.length - 1;
        if (elements.length > 1) {
            double total = 0;
            for (int i = 0; i < elements.length; i++) {
                total += atoms[i] * pair[i].sigma(k);
            }
            double u = rng.nextDouble() * total;
            for (int i = 0; i < elements.length - 1; i++) {
                u -= atoms[i] * pair[i].sigma(k);
                if (u < 0) {
                    chosen = i;
                    break;
                }
            }
        }
        return pair[chosen].sampleX(k, rng);
    }
}
