package na64.event;

/**
 * The Monte Carlo truth of a simulated event (units: GeV, cm, rad). Absent values are null: no
 * decay in flight, no dark-sector emission, no visible decay of the emitted boson.
 *
 * @param weight                 the number of real events this event stands for (1 unbiased; 1/B with biasing)
 * @param primaryPdg             PDG code of the beam particle
 * @param primaryEnergy          its energy at the start of the beam line
 * @param primaryX               its x at the start of the beam line
 * @param primaryY               its y
 * @param primaryThetaX          its slope dx/dz
 * @param primaryThetaY          its slope dy/dz
 * @param incidentPdg            PDG code of the most energetic particle reaching the target region (0 if none)
 * @param incidentEnergy         its energy
 * @param beamDecayZ             z of a decay in flight of the beam particle
 * @param beamDecayChannel       its channel ("pi- -> mu- nu")
 * @param synchrotronPhotons     synchrotron photons emitted in the magnets
 * @param synchrotronEnergy      their total energy
 * @param upstreamBremsstrahlung energy radiated as bremsstrahlung upstream of the target region
 * @param emission               kind of dark-sector emission ("bremsstrahlung", "annihilation", "primakoff")
 * @param emitterPdg             PDG code of the emitting lepton (0 if none)
 * @param emitterEnergy          its energy before the emission
 * @param emissionEnergy         energy of the emitted boson X
 * @param emissionX              emission point x
 * @param emissionY              emission point y
 * @param emissionZ              emission point z
 * @param emissionTheta          polar angle of X relative to the emitter
 * @param emitterDirX            direction cosine x of the emitter just before the emission
 * @param emitterDirY            its direction cosine y
 * @param emitterDirZ            its direction cosine z
 * @param emissionDirX           direction cosine x of X
 * @param emissionDirY           its direction cosine y
 * @param emissionDirZ           its direction cosine z
 * @param decayZ                 z of the decay of X (visible mode) or of chi2 (semi-visible mode)
 * @param dimuon                 a gamma -> mu+ mu- conversion happened
 * @param photonuclear           a photonuclear interaction happened
 * @param depositedTrue          energy deposited in all detectors before resolution effects
 * @param escapedInvisible       energy carried away by invisible particles (X, neutrinos)
 * @param escapedLeakage         energy of visible particles leaving the setup
 * @param lostUpstream           energy lost upstream of the target region (passive material, lost particles)
 */
public record McTruth(double weight, int primaryPdg, double primaryEnergy, double primaryX, double primaryY,
                      double primaryThetaX, double primaryThetaY, int incidentPdg, double incidentEnergy,
                      Double beamDecayZ, String beamDecayChannel, int synchrotronPhotons, double synchrotronEnergy,
                      double upstreamBremsstrahlung, String emission, int emitterPdg, double emitterEnergy,
                      double emissionEnergy, double emissionX, double emissionY, double emissionZ,
                      double emissionTheta, double emitterDirX, double emitterDirY, double emitterDirZ,
                      double emissionDirX, double emissionDirY, double emissionDirZ, Double decayZ, boolean dimuon, boolean photonuclear,
                      double depositedTrue, double escapedInvisible, double escapedLeakage, double lostUpstream) {
}
