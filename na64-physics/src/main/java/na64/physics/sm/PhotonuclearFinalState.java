package na64.physics.sm;

import static na64.physics.PhysicalConstants.PROTON_MASS;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import na64.core.Check;
import na64.core.PoissonSampler;
import na64.physics.ParticleType;
import na64.physics.material.Element;

/**
 * The hadrons that come out when a nucleus absorbs a photon of energy nu (a real photon, or the
 * virtual photon of an electronuclear interaction, {@link Electronuclear}), for a transport that
 * follows them one by one (interactions in the beam-line material; the calorimeters use the
 * parameterised hadron shower). A parameterised model; the parts marked CHOICE have no
 * measurement behind them in this code and are the first to replace when one is at hand.
 * <ol>
 * <li>The photon interacts as a hadron (vector-meson dominance) with one nucleon of the nucleus, at
 *     W^2 = m_p^2 + 2 m_p nu.</li>
 * <li>Charged hadrons made on one nucleon: {@code <n_ch> = N0 (W^2 / m_p^2)^g}, N0 = 2.32,
 *     g = 0.2, the power law fitted to pp and p-pbar multiplicities (M. Zavertyaev,
 *     arXiv:1206.0875); gamma p is taken equal to pp at the same W (CHOICE).</li>
 * <li>In a nucleus the projectile meets nubar = A sigma_hN / sigma_hA = A^(1 - alpha) nucleons,
 *     alpha = 0.75 for the absorption cross sections of pions on nuclei (A. S. Carroll et al.,
 *     Phys. Lett. B 80 (1979) 319), and the multiplicity grows as R_A = (1 + nubar) / 2
 *     (W. Busza et al., Phys. Rev. Lett. 34 (1975) 836; J. E. Elias et al., Phys. Rev. D 22 (1980) 13).</li>
 * <li>Species: charged mesons in +- pairs, Poisson in number with mean R_A {@code <n_ch>} / 2 (the
 *     measured distributions are wider: CHOICE); a pair is K+ K- with probability
 *     {@value #KAON_PAIR_FRACTION} (K/pi ~ 0.1 in pp at these energies, CHOICE of the round value),
 *     else pi+ pi-; as many pi0 on average as charged-pion pairs (isospin) and as many neutral-kaon
 *     pairs as charged-kaon pairs; a neutral kaon is K0L or K0S with probability 1/2 (both are
 *     emitted as particles: the transport decays them in flight, K0S with c tau = 2.7 cm).</li>
 * <li>Nucleons from the nucleus: the struck nucleon and Poisson(nubar - 1) more, each a proton
 *     with probability Z / A; kinetic energy exponential with mean {@value #NUCLEON_KINETIC_MEAN} GeV,
 *     together at most half of nu, direction isotropic over the forward hemisphere (CHOICE: the
 *     grey-track spectra of emulsion data are of this size, but no fit is used here).</li>
 * <li>Energies: the mesons share what the nucleons leave, nu - sum T_N: above their masses the
 *     first meson (the leading hadron, the photon's own hadronic fluctuation) takes a uniform
 *     fraction of the kinetic energy and the others split the rest as a uniform random partition
 *     (CHOICE). Mesons are dropped from the end of the list until their masses fit; with none left
 *     the nucleons take everything.</li>
 * <li>Angles: the momentum transverse to the photon from p_T e^(-p_T / T), {@code <p_T>} = 2T =
 *     {@value #MEAN_PT} GeV (the mean transverse momentum of pions in hadron collisions at
 *     W ~ 10-60 GeV, PDG Review, "Plots of cross sections and related quantities"), redrawn while
 *     above the momentum; nucleons take theirs from item 5; azimuth uniform.</li>
 * </ol>
 * Energy and charge are conserved exactly (the nucleons' rest energy comes out of the nucleus:
 * sum E_mesons + sum T_nucleons = nu; the charge of the protons knocked out is the nucleus's);
 * momentum only on average along the photon (the nucleus takes the recoil).
 */
public final class PhotonuclearFinalState {
    /** N0 of the multiplicity power law. */
    private static final double MULTIPLICITY_NORM = 2.32;
    /** g of the multiplicity power law. */
    private static final double MULTIPLICITY_POWER = 0.2;
    /** alpha of sigma_hA ~ A^alpha for pions. */
    private static final double ABSORPTION_POWER = 0.75;
    static final double KAON_PAIR_FRACTION = 0.1;
    static final double NUCLEON_KINETIC_MEAN = 0.1;
    static final double MEAN_PT = 0.35;

    /** A hadron of the final state, its direction relative to the photon's. */
    public record Hadron(ParticleType type, double energy, double cosTheta, double phi) {
        /** True for a nucleon knocked out of the nucleus, whose rest energy was not the photon's. */
        public boolean fromNucleus() {
            return type == ParticleType.PROTON || type == ParticleType.NEUTRON;
        }

        public double momentum() {
            double m = type.mass();
            return Math.sqrt(Math.max(0, (energy - m) * (energy + m)));
        }

        /** Kinetic energy [GeV]. */
        public double kinetic() {
            return energy - type.mass();
        }
    }

    private final double protonFraction;
    private final double collisions;

    private PhotonuclearFinalState(Element element) {
        this.protonFraction = element.z() / (double) element.massNumber();
        this.collisions = Math.pow(element.massNumber(), 1 - ABSORPTION_POWER);
    }

    public static PhotonuclearFinalState of(Element element) {
        return new PhotonuclearFinalState(element);
    }

    /** Mean number of charged hadrons made on one nucleon at photon energy nu [GeV], item 2. */
    public static double chargedOnNucleon(double nu) {
        double w2 = PROTON_MASS * PROTON_MASS + 2 * PROTON_MASS * nu;
        return MULTIPLICITY_NORM * Math.pow(w2 / (PROTON_MASS * PROTON_MASS), MULTIPLICITY_POWER);
    }

    /** nubar, the nucleons the photon's hadronic state meets in this nucleus (item 3). */
    public double collisions() {
        return collisions;
    }

    /** Mean number of charged mesons in this nucleus at photon energy nu (before masses are fitted in). */
    public double meanChargedMesons(double nu) {
        return 0.5 * (1 + collisions) * chargedOnNucleon(nu);
    }

    /** Draws the hadrons of one absorption of a photon of energy nu [GeV]. */
    public List<Hadron> sample(double nu, RandomGenerator rng) {
        return sample(nu, rng, 0).hadrons();
    }

    /** A final state drawn with a biased choice of the leading meson, and the weight that undoes the bias. */
    public record Biased(List<Hadron> hadrons, double weight) {
    }

    /**
     * As {@link #sample(double, RandomGenerator)}, with the leading meson a K0S with probability
     * {@code leadingShortKaon} whenever the final state has a K0S and another meson (a K0S drawn
     * uniformly among the K0S, another meson uniformly among the others), instead of k / n (k K0S
     * among n mesons): the weight (k / n) / q or (1 - k / n) / (1 - q) makes the average over the
     * biased choice the natural one. 0: the natural choice (weight 1, the same random numbers).
     */
    public Biased sample(double nu, RandomGenerator rng, double leadingShortKaon) {
        Check.positive("photon energy [GeV]", nu);
        if (!(leadingShortKaon >= 0 && leadingShortKaon < 1)) {
            throw new IllegalArgumentException("leading-K0S probability " + leadingShortKaon + " outside [0, 1)");
        }
        double weight = 1;
        List<ParticleType[]> groups = drawMesons(nu, rng);
        List<ParticleType> nucleons = drawNucleons(rng);
        double[] kinetic = nucleonKinetic(nucleons.size(), nu, rng);
        double left = nu;
        for (double t : kinetic) {
            left -= t;
        }
        double massSum = 0;
        for (ParticleType[] g : groups) {
            massSum += mass(g);
        }
        while (!groups.isEmpty() && massSum > left) {
            massSum -= mass(groups.remove(groups.size() - 1)); // whole pairs: the charge stays conserved
        }
        List<Hadron> out = new ArrayList<>(2 * groups.size() + nucleons.size() + 2);
        if (groups.isEmpty()) {
            kinetic[0] += left; // below every meson mass: the nucleus gives it all to the struck nucleon
        } else {
            List<ParticleType> mesons = new ArrayList<>(2 * groups.size());
            for (ParticleType[] g : groups) {
                mesons.addAll(List.of(g));
            }
            // the leading meson: any of them
            int n = mesons.size();
            // the K0S are counted only for a biased choice: the natural one stays a single draw
            int k = leadingShortKaon > 0 ? (int) mesons.stream().filter(m -> m == ParticleType.KAON_SHORT).count() : 0;
            if (k > 0 && k < n) {
                boolean shortKaon = rng.nextDouble() < leadingShortKaon;
                double natural = (double) k / n;
                weight = shortKaon ? natural / leadingShortKaon : (1 - natural) / (1 - leadingShortKaon);
                mesons.add(0, mesons.remove(indexOf(mesons, shortKaon, rng.nextInt(shortKaon ? k : n - k))));
            } else {
                mesons.add(0, mesons.remove(rng.nextInt(n)));
            }
            shareAmongMesons(mesons, left - massSum, rng, out);
        }
        for (int i = 0; i < nucleons.size(); i++) {
            ParticleType n = nucleons.get(i);
            out.add(new Hadron(n, n.mass() + kinetic[i], rng.nextDouble(), 2 * Math.PI * rng.nextDouble()));
        }
        return new Biased(out, weight);
    }

    /** The index in {@code mesons} of the {@code rank}-th K0S (shortKaon) or the {@code rank}-th other meson. */
    private static int indexOf(List<ParticleType> mesons, boolean shortKaon, int rank) {
        for (int i = 0; i < mesons.size(); i++) {
            if ((mesons.get(i) == ParticleType.KAON_SHORT) == shortKaon && rank-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no meson of rank " + rank);
    }

    private static double mass(ParticleType[] group) {
        double m = 0;
        for (ParticleType x : group) {
            m += x.mass();
        }
        return m;
    }

    /** Item 4, in groups that are dropped whole (charged pairs first, then the neutral mesons). */
    private List<ParticleType[]> drawMesons(double nu, RandomGenerator rng) {
        List<ParticleType[]> out = new ArrayList<>();
        double pairsMean = 0.5 * meanChargedMesons(nu);
        long pairs = PoissonSampler.sample(rng, pairsMean);
        for (long i = 0; i < pairs; i++) {
            boolean kaon = rng.nextDouble() < KAON_PAIR_FRACTION;
            out.add(new ParticleType[] {kaon ? ParticleType.KAON_PLUS : ParticleType.PION_PLUS,
                kaon ? ParticleType.KAON_MINUS : ParticleType.PION_MINUS});
        }
        long neutralPions = PoissonSampler.sample(rng, pairsMean * (1 - KAON_PAIR_FRACTION));
        long neutralKaons = 2 * PoissonSampler.sample(rng, pairsMean * KAON_PAIR_FRACTION);
        for (long i = 0; i < neutralPions; i++) {
            out.add(new ParticleType[] {ParticleType.PION_ZERO});
        }
        for (long i = 0; i < neutralKaons; i++) {
            out.add(new ParticleType[] {rng.nextBoolean() ? ParticleType.KAON_SHORT : ParticleType.KAON_LONG});
        }
        if (out.isEmpty()) {
            out.add(new ParticleType[] {ParticleType.PION_ZERO}); // above threshold at least one pion
        }
        return out;
    }

    private List<ParticleType> drawNucleons(RandomGenerator rng) {
        long n = 1 + PoissonSampler.sample(rng, Math.max(0, collisions - 1));
        List<ParticleType> out = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) {
            out.add(rng.nextDouble() < protonFraction ? ParticleType.PROTON : ParticleType.NEUTRON);
        }
        return out;
    }

    private static double[] nucleonKinetic(int n, double nu, RandomGenerator rng) {
        double[] t = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            t[i] = -NUCLEON_KINETIC_MEAN * Math.log(1 - rng.nextDouble());
            sum += t[i];
        }
        if (sum > 0.5 * nu) {
            double scale = 0.5 * nu / sum;
            for (int i = 0; i < n; i++) {
                t[i] *= scale;
            }
        }
        return t;
    }

    /** Item 6 and 7: kinetic energy shared, transverse momenta drawn. */
    private static void shareAmongMesons(List<ParticleType> mesons, double kinetic, RandomGenerator rng, List<Hadron> out) {
        int n = mesons.size();
        double[] share = new double[n];
        share[0] = rng.nextDouble();
        if (n == 1) {
            share[0] = 1;
        } else {
            double sum = 0;
            for (int i = 1; i < n; i++) {
                share[i] = -Math.log(1 - rng.nextDouble());
                sum += share[i];
            }
            for (int i = 1; i < n; i++) {
                share[i] *= (1 - share[0]) / sum;
            }
        }
        for (int i = 0; i < n; i++) {
            ParticleType meson = mesons.get(i);
            double mass = meson.mass();
            double energy = mass + share[i] * kinetic;
            double p = Math.sqrt(Math.max(0, (energy - mass) * (energy + mass)));
            double cos = direction(p, rng);
            double phi = 2 * Math.PI * rng.nextDouble();
            out.add(new Hadron(meson, energy, cos, phi));
        }
    }

    /** cos(theta) of a meson of momentum p [GeV] from its transverse momentum (item 7). */
    private static double direction(double p, RandomGenerator rng) {
        if (!(p > 0)) {
            return 1;
        }
        double t = 0.5 * MEAN_PT;
        double pt;
        int tries = 0;
        do {
            // p_T e^(-p_T / T) is a Gamma(2, T) variate: the sum of two exponentials
            pt = -t * (Math.log(1 - rng.nextDouble()) + Math.log(1 - rng.nextDouble()));
        } while (pt > p && ++tries < 50);
        double sin = Math.min(1, pt / p);
        return Math.sqrt(1 - sin * sin);
    }
}
