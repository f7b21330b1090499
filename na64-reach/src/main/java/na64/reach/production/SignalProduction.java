package na64.reach.production;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
import na64.core.Check;
import na64.core.GaussLegendre;
import na64.core.InputException;
import na64.physics.Lepton;
import na64.physics.PhysicalConstants;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.material.Material;
import na64.physics.model.AxionLikeParticle;
import na64.physics.model.DarkSectorModel;
import na64.physics.primakoff.PrimakoffProduction;
import na64.physics.tracklength.TrackLengthSpectrum;

/**
 * The thick-target signal production of one beam line: for a model point, the energy spectrum of
 * the X made per beam particle with E_X above the cut (Bjorken et al., PRD 80 (2009) 075018,
 * eq. 3; Andreas et al., arXiv:1209.6083):
 *
 * <pre>
 *   dN/dE_X = sum_elements n_i [ integral dE T_e(E) (1/E) dsigma_i/dx(E, x = E_X/E)     bremsstrahlung (T_e = T_e- + T_e+)
 *                               + Z_i T_e+(E_X - m_e) sigma_ee(E_X - m_e)               resonant annihilation (per electron)
 *                               + T_gamma(E_X) sigma_i,Primakoff(E_X) ]                  Primakoff (ALPs)
 * </pre>
 *
 * n_i atoms per cm^3, T in cm/GeV per primary. A muon beam crosses the target at about its
 * energy: T_mu = L delta(E - E0) with L the path in the target. The cross sections are taken at
 * the model's coupling (eps_e for e+-, eps_mu for muons, g_agg for Primakoff).
 *
 * <p>Integration: the parent energy by {@link TrackLengthQuadrature} (4 Gauss nodes per 25 % in
 * energy, the track-length spectrum integrated finely); x in the variable ln(1 - x + (m_l/m)^2),
 * in which the 1/(1 - x) peak of dsigma/dx for m &gt;&gt; m_l is flat (32 Gauss nodes); the
 * resonance in the variable atan((E - E_R)/(Gamma_E/2)), in which the Breit-Wigner is constant
 * (4 x 16 Gauss nodes), or in the narrow-width limit (see {@link AnnihilationMethod}).
 *
 * <p>Thread-safe; quadratures of the track-length spectrum are cached per lower energy.
 */
public final class SignalProduction implements SignalSource {
    private static final GaussLegendre X_RULE = GaussLegendre.of(16);
    private static final int X_PANELS = 2;
    private static final GaussLegendre ANGLE_RULE = GaussLegendre.of(16);
    private static final int ANGLE_PANELS = 4;
    private static final double PB_CM2 = PhysicalConstants.PB_CM2;
    private static final double ME = PhysicalConstants.ELECTRON_MASS;

    /** How the resonance is integrated over the positron spectrum. */
    public enum AnnihilationMethod {
        /**
         * Breit-Wigner when its full width in positron energy, Gamma_E = m Gamma/m_e, exceeds
         * 1e-3 E_R, else the narrow-width limit (then T_e+ varies by less than ~0.1 % over the peak).
         */
        AUTO,
        /** T_e+(E_R) times the integral of sigma over E+ (2 pi^2 alpha eps^2 BR/m_e for a dark photon). */
        NARROW_WIDTH,
        /** The Breit-Wigner integrated over T_e+(E) in [E_min, E0]. */
        BREIT_WIGNER
    }

    /**
     * What the production depends on.
     *
     * @param beam         e-, e+ or mu-
     * @param energy       beam energy E0 [GeV]
     * @param target       the active target (or dump)
     * @param trackLengths e+-/gamma track-length spectra (e+- beams; null for muons)
     * @param muonPathCm   path of a muon in the target [cm] (muon beams; 0 otherwise)
     * @param minEnergy    the cut on E_X [GeV] (missing energy in the invisible mode)
     */
    public record Beamline(Lepton beam, double energy, Material target, TrackLengthSpectrum trackLengths,
            double muonPathCm, double minEnergy) {
        public Beamline {
            Check.positive("energy", energy);
            Check.nonNegative("emiss-min", minEnergy);
            if (minEnergy >= energy) {
                throw InputException.outOfRange("emiss-min", minEnergy, "[0, beam energy = " + energy + " GeV)");
            }
            if (beam.isElectronLike() && trackLengths == null) {
                throw new IllegalArgumentException("an e+- beam needs track-length spectra");
            }
            if (!beam.isElectronLike()) {
                Check.positive("muon path in the target [cm]", muonPathCm);
            }
        }
    }

    private final Beamline line;
    private final BremCrossSections brem;
    private final Set<ProductionProcess> processes;
    private final AnnihilationMethod annihilationMethod;
    private final Map<String, TrackLengthQuadrature> quadratures = new ConcurrentHashMap<>();

    public SignalProduction(Beamline line, BremCrossSections brem, Set<ProductionProcess> processes, AnnihilationMethod method) {
        this.line = line;
        this.brem = brem;
        this.processes = processes.isEmpty() ? EnumSet.noneOf(ProductionProcess.class) : EnumSet.copyOf(processes);
        this.annihilationMethod = method;
    }

    public Beamline beamline() {
        return line;
    }

    public Set<ProductionProcess> processes() {
        return processes;
    }

    /** The X spectrum per primary for the model point (its mass and coupling). */
    @Override
    public SignalSpectrum spectrum(DarkSectorModel model) {
        SignalSpectrum.Builder out = SignalSpectrum.builder();
        if (processes.contains(ProductionProcess.BREMSSTRAHLUNG)) {
            addBremsstrahlung(model, out);
        }
        if (processes.contains(ProductionProcess.ANNIHILATION) && line.beam().isElectronLike()) {
            addAnnihilation(model, out);
        }
        if (processes.contains(ProductionProcess.PRIMAKOFF) && line.beam().isElectronLike() && model instanceof AxionLikeParticle alp) {
            addPrimakoff(alp, out);
        }
        return out.build();
    }

    private TrackLengthQuadrature quadrature(String species, DoubleUnaryOperator t, double lo) {
        TrackLengthSpectrum s = line.trackLengths();
        double hi = s.maxEnergy();
        double from = Math.max(lo, s.minEnergy());
        double beamEnd = species.equals("charged") ? s.trackAtBeamEnergy() : 0;
        return quadratures.computeIfAbsent(species + "@" + from,
                key -> TrackLengthQuadrature.of(t, from, hi, line.energy(), beamEnd));
    }

    private void addBremsstrahlung(DarkSectorModel model, SignalSpectrum.Builder out) {
        boolean muon = !line.beam().isElectronLike();
        double epsilon = muon ? model.muonEpsilon() : model.electronEpsilon();
        if (!(epsilon > 0)) {
            return;
        }
        double mass = model.mass();
        Lepton radiator = muon ? line.beam() : Lepton.ELECTRON; // e+ radiate like e- at tree level
        double leptonMass = radiator.mass();
        double lowestParent = Math.max(line.minEnergy(), mass) * (1 + 1e-9) + leptonMass;
        TrackLengthQuadrature parents;
        if (muon) {
            parents = TrackLengthQuadrature.thin(line.energy(), line.muonPathCm());
        } else {
            TrackLengthSpectrum s = line.trackLengths();
            parents = quadrature("charged", e -> s.electron(e) + s.positron(e), lowestParent);
        }
        double couplingSquared = epsilon * epsilon;
        double delta = (leptonMass / mass) * (leptonMass / mass);
        var composition = line.target().composition();
        BremSpectrum[] spectra = new BremSpectrum[composition.size()];
        for (int j = 0; j < parents.size(); j++) {
            double e = parents.node(j);
            double xLo = Math.max(line.minEnergy(), mass) / e;
            double xHi = 1 - leptonMass / e;
            if (!(xHi > xLo) || parents.weight(j) == 0) {
                continue;
            }
            boolean any = false;
            for (int i = 0; i < spectra.length; i++) {
                spectra[i] = brem.spectrum(radiator, model.mediator(), composition.get(i).element(), mass, e);
                any |= spectra[i] != null;
            }
            if (!any) {
                continue;
            }
            // xi = ln(1 - x + delta): x = 1 + delta - e^xi, dx = e^xi dxi
            double xiLo = Math.log(1 - xHi + delta);
            double xiHi = Math.log(1 - xLo + delta);
            double h = (xiHi - xiLo) / X_PANELS;
            for (int p = 0; p < X_PANELS; p++) {
                double a = xiLo + p * h;
                double b = a + h;
                for (int k = 0; k < X_RULE.points(); k++) {
                    double xi = X_RULE.node(k, a, b);
                    double x = 1 + delta - Math.exp(xi);
                    double density = 0;
                    for (int i = 0; i < spectra.length; i++) {
                        if (spectra[i] != null) {
                            density += composition.get(i).atomsPerCm3() * spectra[i].dSigmaDx(x);
                        }
                    }
                    double w = parents.weight(j) * X_RULE.weight(k, a, b) * Math.exp(xi) * density * PB_CM2 * couplingSquared;
                    out.add(ProductionProcess.BREMSSTRAHLUNG, x * e, w);
                }
            }
        }
    }

    private void addAnnihilation(DarkSectorModel model, SignalSpectrum.Builder out) {
        if (!(model.electronEpsilon() > 0) || model.mass() <= 2 * ME) {
            return;
        }
        ResonantAnnihilation resonance = new ResonantAnnihilation(model);
        TrackLengthSpectrum s = line.trackLengths();
        double electrons = line.target().electronDensity();
        double peak = resonance.resonanceEnergy();
        double width = resonance.resonanceWidthInEnergy();
        double lo = Math.max(Math.max(line.minEnergy() - ME, s.minEnergy()), ME * 1.000001);
        double hi = s.maxEnergy();
        if (!(hi > lo)) {
            return;
        }
        boolean narrow = switch (annihilationMethod) {
            case NARROW_WIDTH -> true;
            case BREIT_WIGNER -> false;
            case AUTO -> !(width > 1e-3 * peak);
        };
        if (narrow || !(width > 0)) {
            if (peak > lo && peak < hi) {
                double integral = resonance.narrowWidthIntegralPerElectron(null);
                out.add(ProductionProcess.ANNIHILATION, ResonantAnnihilation.bosonEnergy(peak), electrons * s.positron(peak) * integral * PB_CM2);
            }
            return;
        }
        // E = E_R + (Gamma_E/2) tan(theta): sigma dE = sigma(E) (Gamma_E/2) / cos^2(theta) dtheta, flat at the peak
        double halfWidth = 0.5 * width;
        double thetaLo = Math.atan((lo - peak) / halfWidth);
        double thetaHi = Math.atan((hi - peak) / halfWidth);
        double h = (thetaHi - thetaLo) / ANGLE_PANELS;
        for (int p = 0; p < ANGLE_PANELS; p++) {
            double a = thetaLo + p * h;
            double b = a + h;
            for (int k = 0; k < ANGLE_RULE.points(); k++) {
                double theta = ANGLE_RULE.node(k, a, b);
                double cos = Math.cos(theta);
                double energy = peak + halfWidth * Math.tan(theta);
                double jacobian = halfWidth / (cos * cos);
                double sigma = resonance.sigmaPerElectronPb(energy, null);
                double w = ANGLE_RULE.weight(k, a, b) * jacobian * electrons * s.positron(energy) * sigma * PB_CM2;
                out.add(ProductionProcess.ANNIHILATION, ResonantAnnihilation.bosonEnergy(energy), w);
            }
        }
    }

    private void addPrimakoff(AxionLikeParticle alp, SignalSpectrum.Builder out) {
        PrimakoffProduction primakoff = new PrimakoffProduction(alp);
        TrackLengthSpectrum s = line.trackLengths();
        double lo = Math.max(line.minEnergy(), alp.mass()) * (1 + 1e-9);
        TrackLengthQuadrature photons = quadrature("photon", s::photon, lo);
        var composition = line.target().composition();
        for (int j = 0; j < photons.size(); j++) {
            double e = photons.node(j);
            double sigma = 0;
            for (var c : composition) {
                sigma += c.atomsPerCm3() * primakoff.sigmaPb(c.element(), e);
            }
            out.add(ProductionProcess.PRIMAKOFF, e, photons.weight(j) * sigma * PB_CM2);
        }
    }
}
