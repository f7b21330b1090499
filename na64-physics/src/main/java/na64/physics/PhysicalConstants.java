package na64.physics;

/**
 * Physical constants in the units used throughout na64: energies and masses in GeV, lengths in
 * cm, times in ns (s where stated), densities in g/cm^3, cross sections per atom in pb.
 *
 * <p>Source: CODATA 2018 / PDG Review of Particle Physics (2024), "Physical constants".
 * One value per constant, here and nowhere else.
 */
public final class PhysicalConstants {
    private PhysicalConstants() {
    }

    /** Fine-structure constant (CODATA 2018). DMG4 uses 1/137, which differs by 0.03 % (0.08 % in alpha^3). */
    public static final double ALPHA = 1.0 / 137.035999084;
    /** Electron mass [GeV]. */
    public static final double ELECTRON_MASS = 0.51099895e-3;
    /** Muon mass [GeV]. */
    public static final double MUON_MASS = 0.1056583755;
    /** Tau mass [GeV]. */
    public static final double TAU_MASS = 1.77686;
    /** Proton mass [GeV]. */
    public static final double PROTON_MASS = 0.93827208816;
    /** Neutron mass [GeV]. */
    public static final double NEUTRON_MASS = 0.93956542052;
    /** Charged pion mass [GeV]. */
    public static final double CHARGED_PION_MASS = 0.13957039;
    /** Neutral pion mass [GeV]. */
    public static final double NEUTRAL_PION_MASS = 0.1349768;
    /** Charged kaon mass [GeV]. */
    public static final double CHARGED_KAON_MASS = 0.493677;
    /** Neutral kaon mass [GeV] (PDG 2024), of K0L and K0S alike. */
    public static final double NEUTRAL_KAON_MASS = 0.497611;
    /** rho(770) mass [GeV] (PDG 2024): the scale of the vector-meson-dominance form factor of virtual photons. */
    public static final double RHO_MASS = 0.77526;
    /** Atomic mass unit [GeV]. */
    public static final double ATOMIC_MASS_UNIT = 0.93149410242;
    /** (hbar c)^2 [GeV^2 pb]: converts a cross section in GeV^-2 to pb. */
    public static final double GEV2_PB = 0.3893793721e9;
    /** hbar c [GeV cm]. */
    public static final double HBAR_C = 1.973269804e-14;
    /** hbar [GeV s]. */
    public static final double HBAR = 6.582119569e-25;
    /** Speed of light [cm/s]. */
    public static final double SPEED_OF_LIGHT = 2.99792458e10;
    /** Avogadro constant [1/mol]. */
    public static final double AVOGADRO = 6.02214076e23;
    /** Classical electron radius [cm]. */
    public static final double ELECTRON_RADIUS = 2.8179403262e-13;
    /** 1 pb in cm^2. */
    public static final double PB_CM2 = 1e-36;
}
