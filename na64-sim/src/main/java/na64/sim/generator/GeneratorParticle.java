package na64.sim.generator;

/**
 * One particle of a generator-level event. Momenta and energies in GeV.
 *
 * @param pdg              PDG Monte Carlo code (nuclei 100ZZZAAA0, X 5000022)
 * @param status           HepMC3 status: 4 incoming (beam or target), 1 final state, 2 decayed
 * @param px               momentum x [GeV]
 * @param py               momentum y [GeV]
 * @param pz               momentum z [GeV], z along the incoming particle
 * @param e                energy [GeV]
 * @param mass             generated mass [GeV]
 * @param productionVertex index into {@link GeneratorEvent#vertices()} of the vertex it leaves, -1 for incoming particles
 */
public record GeneratorParticle(int pdg, int status, double px, double py, double pz, double e, double mass,
                                int productionVertex) {
    public static final int INCOMING = 4;
    public static final int FINAL = 1;
    public static final int DECAYED = 2;

    /** |p| [GeV]. */
    public double momentum() {
        return Math.sqrt(px * px + py * py + pz * pz);
    }
}
