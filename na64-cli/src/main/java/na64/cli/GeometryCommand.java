package na64.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import na64.core.AtomicOutput;
import na64.core.BuildInfo;
import na64.core.InputException;
import na64.sim.gdml.GdmlWriter;
import na64.sim.gdml.SetupGeometry;
import na64.sim.gdml.Volume;
import na64.detector.Setup;
import na64.detector.Setups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 geometry}: a setup as GDML, for Geant4's G4GDMLParser. */
@Command(name = "geometry",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes a setup as GDML 3 (the schema Geant4 reads with G4GDMLParser): every counter, tracker plane, magnet gap, window,",
            "calorimeter (filled with its absorber and active layers) and medium, with materials by element mass fractions and",
            "density. Lengths in mm, in the setup frame (z along the unrolled beam line, z = 0 at the first counter). Overlaps are",
            "checked while writing. Magnetic fields are not part of GDML: each magnet volume carries its B_y [T] as auxiliary",
            "information (MagneticField_By_T), read-out volumes their detector name (SensDet); see docs/formats.md."},
        footer = {"", "Examples:",
            "  na64 geometry --setup na64e-2022 --out na64e-2022.gdml",
            "  na64 geometry --setup my-setup.yaml --out my-setup.gdml"})
public final class GeometryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--setup", required = true, paramLabel = "NAME|FILE", description = "Built-in setup name or setup YAML file.")
    String setup;

    @Option(names = "--out", required = true, paramLabel = "FILE.gdml", description = "Output file (written atomically).")
    Path out;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gdml")) {
            throw InputException.outOfRange("--out", out, "a file name ending in .gdml");
        }
        Setup s;
        try {
            s = Setups.loadOrRead(setup);
        } catch (InputException e) {
            throw new InputException("--setup", "--setup " + setup + ": " + e.getMessage(), e);
        }
        Volume world = SetupGeometry.of(s);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("na64_setup", s.name() + " v" + s.version());
        info.put("na64_version", BuildInfo.describe());
        info.put("na64_frame", "setup frame: z along the unrolled nominal beam line, z = 0 at the first counter, x in the bending plane; mm");
        AtomicOutput.writeString(out, GdmlWriter.write(world, info));
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "wrote %s (setup %s v%d) to %s", "GDML", s.name(), s.version(), out));
        return 0;
    }
}
