package na64.reach.tracklength;

import na64.physics.tracklength.TsaiPrimaryElectron;

import na64.physics.tracklength.TrackLengthTable;

import na64.physics.tracklength.TrackLengthSpectrum;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import na64.core.InputException;
import na64.physics.Lepton;
import na64.physics.material.Material;

/**
 * Chooses the track-length spectra of a dataset ({@code --track-lengths}, key
 * {@code track_lengths}):
 *
 * <ul>
 * <li>{@code tsai}: the beam particle alone ({@link TsaiPrimaryElectron}; no secondaries, no photons);</li>
 * <li>{@code rossi-a}, {@code rossi-b}: Rossi's analytic approximations with the primary's charge split
 *     ({@link RossiApproximationA}, {@link RossiApproximationB});</li>
 * <li>{@code cascade}: the numerical solution of the cascade equations, approximation B
 *     ({@link ShowerCascade});</li>
 * <li>a file: a shower-simulation table ({@link TrackLengthTable}, docs/formats.md);</li>
 * <li>{@code default}: the built-in simulation table of the target, beam and energy if na64 ships
 *     one (class-path resource {@value #RESOURCE_DIR}{@code <material>_<beam>_<energy>GeV.csv},
 *     e.g. {@code ecal-pbsc_e-_100GeV.csv}), otherwise {@code cascade}.</li>
 * </ul>
 */
public final class TrackLengthSources {
    /** Where built-in tables live on the class path. */
    public static final String RESOURCE_DIR = "/na64/reach/tracklength/";
    /** The names that are not files. */
    public static final List<String> NAMES = List.of("default", "tsai", "rossi-a", "rossi-b", "cascade");

    private TrackLengthSources() {
    }

    /**
     * @param spec        a name of {@link #NAMES} or a path (relative to {@code baseDir})
     * @param beam        e- or e+
     * @param beamEnergy  E0 [GeV]
     * @param material    the target
     * @param thicknessX0 target thickness in X0 (for Tsai's formula)
     * @param baseDir     directory that relative paths refer to
     */
    public static TrackLengthSpectrum resolve(String spec, Lepton beam, double beamEnergy, Material material,
            double thicknessX0, Path baseDir) {
        if (!beam.isElectronLike()) {
            throw new InputException("track-lengths", "track-length spectra are for e-/e+ beams, not " + beam);
        }
        boolean positron = beam == Lepton.POSITRON;
        double x0 = material.radiationLengthCm();
        return switch (spec.toLowerCase(Locale.ROOT)) {
            case "tsai" -> new TsaiPrimaryElectron(beamEnergy, thicknessX0, x0, positron);
            case "rossi-a" -> new RossiApproximationA(beamEnergy, thicknessX0, x0, positron);
            case "rossi-b" -> new RossiApproximationB(beamEnergy, thicknessX0, x0, material.criticalEnergy(), positron);
            case "cascade" -> ShowerCascade.approximationB(beamEnergy, x0, material.criticalEnergy(), positron);
            case "default" -> {
                String resource = builtInName(material, beam, beamEnergy);
                yield hasResource(resource) ? TrackLengthTable.readResource(resource)
                        : ShowerCascade.approximationB(beamEnergy, x0, material.criticalEnergy(), positron);
            }
            default -> {
                Path file = baseDir == null ? Path.of(spec) : baseDir.resolve(spec);
                TrackLengthTable table = TrackLengthTable.read(file);
                checkMatches(table, beam, beamEnergy, file);
                yield table;
            }
        };
    }

    /** The class-path name of the built-in table of a target, beam and energy. */
    public static String builtInName(Material material, Lepton beam, double beamEnergy) {
        return RESOURCE_DIR + material.name().toLowerCase(Locale.ROOT) + "_" + beam.cliName() + "_"
                + String.format(Locale.ROOT, "%.0f", beamEnergy) + "GeV.csv";
    }

    private static boolean hasResource(String resource) {
        try (InputStream in = TrackLengthSources.class.getResourceAsStream(resource)) {
            return in != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A table made for another beam or energy would silently give wrong yields: refuse it. */
    private static void checkMatches(TrackLengthTable table, Lepton beam, double beamEnergy, Path file) {
        String b = table.meta("beam");
        if (b != null && !b.equalsIgnoreCase(beam.cliName())) {
            throw new InputException("track-lengths", file + ": the table is for beam " + b + ", the dataset has " + beam);
        }
        String e = table.meta("beam_energy_GeV");
        if (e != null) {
            try {
                double tableEnergy = Double.parseDouble(e);
                if (Math.abs(tableEnergy - beamEnergy) > 1e-3 * beamEnergy) {
                    throw new InputException("track-lengths", file + ": the table is for " + tableEnergy
                            + " GeV, the dataset has " + beamEnergy + " GeV");
                }
            } catch (NumberFormatException ignored) {
                // a free-form value: nothing to compare
            }
        }
    }
}
