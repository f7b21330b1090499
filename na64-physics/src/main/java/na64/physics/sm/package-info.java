/**
 * Standard-Model processes of electromagnetic showers above ~100 MeV, per atom (pb) with their
 * differential cross sections and samplers: bremsstrahlung ({@link na64.physics.sm.Bremsstrahlung})
 * and pair production ({@link na64.physics.sm.PairProduction}) in complete screening, muon pair
 * production by photons ({@link na64.physics.sm.DimuonProduction}), two-photon annihilation of
 * positrons in flight ({@link na64.physics.sm.PositronAnnihilation}), Compton scattering on free
 * electrons ({@link na64.physics.sm.ComptonScattering}, per electron) and the photonuclear cross
 * section ({@link na64.physics.sm.Photonuclear}). Per unit length in a material: {@code
 * material.macroscopic(element -> process(element).sigma(...))} [1/cm].
 */
package na64.physics.sm;
