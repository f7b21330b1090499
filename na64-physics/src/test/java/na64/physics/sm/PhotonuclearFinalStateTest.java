package na64.physics.sm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.SplittableRandom;
import na64.physics.ParticleType;
import na64.physics.material.Elements;
import org.junit.jupiter.api.Test;

class PhotonuclearFinalStateTest {

    /**
     * The multiplicity law against a measurement it was not fitted to: pi- p at 250 GeV/c,
     * {@code <n_ch>} = 8.427 +- 0.059 (Fermilab 15-ft bubble chamber, Phys. Rev. D 23 (1981) 20), at
     * W^2 = m_pi^2 + m_p^2 + 2 m_p 250 GeV; a photon of energy nu reaches the same W^2 at
     * nu = (W^2 - m_p^2) / (2 m_p). The pp power law is 3 % below the pi p value there.
     */
    @Test
    void chargedMultiplicityOnANucleonAsMeasuredInPionProtonCollisions() {
        double mp = 0.93827208816;
        double w2 = 0.13957 * 0.13957 + mp * mp + 2 * mp * 250;
        double nu = (w2 - mp * mp) / (2 * mp);
        assertThat(PhotonuclearFinalState.chargedOnNucleon(nu)).isCloseTo(8.427, withinPercentage(5));
    }

    /** Energy and charge: every final state carries nu exactly (nucleons by their kinetic energy), with zero net meson charge. */
    @Test
    void energyAndChargeAreConservedInEveryFinalState() {
        SplittableRandom rng = new SplittableRandom(11);
        for (String element : new String[] {"H", "C", "W", "Pb"}) {
            PhotonuclearFinalState model = PhotonuclearFinalState.of(Elements.get(element));
            for (double nu : new double[] {0.16, 0.3, 1, 5, 50, 99}) {
                for (int i = 0; i < 500; i++) {
                    List<PhotonuclearFinalState.Hadron> hadrons = model.sample(nu, rng);
                    double visible = 0;
                    int mesonCharge = 0;
                    for (PhotonuclearFinalState.Hadron h : hadrons) {
                        assertThat(h.energy()).as(h.type() + " above its mass").isGreaterThanOrEqualTo(h.type().mass());
                        assertThat(h.cosTheta()).isBetween(-1.0, 1.0);
                        visible += h.fromNucleus() ? h.kinetic() : h.energy();
                        if (!h.fromNucleus()) {
                            mesonCharge += h.type().charge();
                        }
                    }
                    assertThat(visible).as(element + " nu = " + nu).isCloseTo(nu, within(1e-12 * Math.max(1, nu)));
                    assertThat(mesonCharge).as(element + " nu = " + nu).isZero();
                }
            }
        }
    }

    /**
     * At 50 GeV the masses never limit the multiplicity, so the sampled charged mesons average the
     * model's R_A {@code <n_ch>}: (1 + A^0.25)/2 times the nucleon value; pions take a transverse
     * momentum of mean 0.35 GeV wherever their momentum allows it.
     */
    @Test
    void sampledMultiplicityAndTransverseMomentumFollowTheModel() {
        PhotonuclearFinalState lead = PhotonuclearFinalState.of(Elements.get("Pb"));
        double nu = 50;
        double expected = 0.5 * (1 + Math.pow(207.2, 0.25)) * PhotonuclearFinalState.chargedOnNucleon(nu);
        assertThat(lead.meanChargedMesons(nu)).isCloseTo(expected, withinPercentage(1));
        SplittableRandom rng = new SplittableRandom(5);
        int events = 20000;
        long charged = 0;
        double ptSum = 0;
        long pions = 0;
        long shortKaons = 0;
        long longKaons = 0;
        for (int i = 0; i < events; i++) {
            for (PhotonuclearFinalState.Hadron h : lead.sample(nu, rng)) {
                if (h.fromNucleus()) {
                    continue;
                }
                charged += h.type().charge() != 0 ? 1 : 0;
                shortKaons += h.type() == ParticleType.KAON_SHORT ? 1 : 0;
                longKaons += h.type() == ParticleType.KAON_LONG ? 1 : 0;
                if ((h.type() == ParticleType.PION_PLUS || h.type() == ParticleType.PION_MINUS) && h.momentum() > 5) {
                    double sin = Math.sqrt(1 - h.cosTheta() * h.cosTheta());
                    ptSum += h.momentum() * sin;
                    pions++;
                }
            }
        }
        // the K0S are emitted as particles (the transport decays them): the charged mesons are the drawn pairs
        assertThat((double) charged / events).isCloseTo(expected, withinPercentage(2));
        // as many neutral-kaon pairs as charged-kaon pairs, each kaon K0S or K0L with probability 1/2
        double neutralKaons = lead.meanChargedMesons(nu) * PhotonuclearFinalState.KAON_PAIR_FRACTION;
        assertThat((double) shortKaons / events).isCloseTo(0.5 * neutralKaons, withinPercentage(4));
        assertThat((double) longKaons / events).isCloseTo(0.5 * neutralKaons, withinPercentage(4));
        assertThat(ptSum / pions).isCloseTo(0.35, within(0.01));
    }

    @Test
    void aPhotonAtThresholdMakesOnePionAndTheStruckNucleon() {
        PhotonuclearFinalState carbon = PhotonuclearFinalState.of(Elements.get("C"));
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            List<PhotonuclearFinalState.Hadron> hadrons = carbon.sample(0.16, rng);
            long mesons = hadrons.stream().filter(h -> !h.fromNucleus()).count();
            assertThat(mesons).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void leadingShortKaonBiasKeepsTheNaturalRateInItsWeights() {
        // the rate of a K0S carrying more than 30 % of nu (the visible-mode background's kaons), natural and biased
        PhotonuclearFinalState tungsten = PhotonuclearFinalState.of(Elements.get("W"));
        double nu = 80;
        int natural = 200_000;
        SplittableRandom rng = new SplittableRandom(11);
        long fastNatural = 0;
        for (int i = 0; i < natural; i++) {
            fastNatural += tungsten.sample(nu, rng).stream().filter(h -> fast(h, nu)).count();
        }
        int biased = 20_000;
        double sumW = 0;
        double fastW = 0;
        double fastW2 = 0;
        for (int i = 0; i < biased; i++) {
            PhotonuclearFinalState.Biased b = tungsten.sample(nu, rng, 0.9);
            sumW += b.weight();
            long fast = b.hadrons().stream().filter(h -> fast(h, nu)).count();
            fastW += b.weight() * fast;
            fastW2 += b.weight() * b.weight() * fast * fast;
        }
        double pNatural = (double) fastNatural / natural;
        double pBiased = fastW / biased;
        double errBiased = Math.sqrt(fastW2 / biased - pBiased * pBiased) / Math.sqrt(biased);
        double errNatural = Math.sqrt(pNatural / natural);
        // the weights average to one, and both samples measure the same rate
        assertThat(sumW / biased).isCloseTo(1, within(0.02));
        assertThat(pBiased).isCloseTo(pNatural, within(4 * Math.hypot(errBiased, errNatural)));
        // ... the biased one with a far smaller error per event
        assertThat(errBiased * Math.sqrt(biased)).isLessThan(errNatural * Math.sqrt(natural) / 2);
        // the natural choice is untouched by a zero bias: the same random numbers, weight 1
        PhotonuclearFinalState.Biased none = tungsten.sample(nu, new SplittableRandom(5), 0);
        assertThat(none.weight()).isEqualTo(1);
        assertThat(none.hadrons()).isEqualTo(tungsten.sample(nu, new SplittableRandom(5)));
    }

    private static boolean fast(PhotonuclearFinalState.Hadron h, double nu) {
        return h.type() == ParticleType.KAON_SHORT && h.energy() > 0.3 * nu;
    }
}
