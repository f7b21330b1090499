package na64.reco.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import na64.core.Config;
import na64.core.InputException;
import na64.detector.Calorimeter;
import na64.detector.Counter;
import na64.detector.Magnet;
import na64.detector.Segmentation;
import na64.detector.Setup;
import na64.detector.TrackerPlane;

/**
 * The read-out of a simulation {@link Setup}: every counter, the SRD and every calorimeter becomes
 * a {@link WaveformDetector} (in the setup's z order, the order of the simulated deposits), every
 * tracker plane a {@link TrackerReadout}, and the dipoles give the field integral.
 *
 * <p>Read-out types: the calorimeter named ECAL is the shashlik ECAL; other electromagnetic
 * calorimeters (WCAL) are EM; hadronic ones HCAL; the SRD is SRD; counters COUNTER. The setup
 * files give tracker planes' active areas but not their strip pitch or tube diameter: those come
 * from the digitisation's read-out configuration ({@code pitch}).
 */
public final class SetupReadout {
    private SetupReadout() {
    }

    /** The read-out of a setup; {@code pitch} gives the strip pitch or tube diameter per technology [cm]. */
    public static ReadoutGeometry from(Setup setup, Map<Technology, Double> pitch) {
        List<WaveformDetector> detectors = new ArrayList<>();
        for (Setup.Detector d : setup.detectors()) {
            detectors.add(detector(setup, d));
        }
        List<TrackerReadout> trackers = new ArrayList<>();
        for (TrackerPlane t : setup.trackers()) {
            Technology tech = Technology.valueOf(t.technology().name());
            Double p = pitch.get(tech);
            if (p == null) {
                throw new InputException("pitch", "no strip pitch or tube diameter for " + tech.cliName());
            }
            Segmentation g = t.grid();
            trackers.add(new TrackerReadout(t.name(), tech, t.zFront(), t.measures().x(), t.measures().y(), g.x0(), g.y0(),
                    g.halfWidthX(), g.halfWidthY(), p, t.resolution(), t.efficiency(), t.materialBudget()));
        }
        double fieldIntegral = 0;
        double zFront = Double.MAX_VALUE;
        double zBack = -Double.MAX_VALUE;
        for (Magnet m : setup.magnets()) {
            fieldIntegral += m.fieldIntegral();
            zFront = Math.min(zFront, m.zFront());
            zBack = Math.max(zBack, m.zBack());
        }
        if (setup.magnets().isEmpty()) {
            zFront = 0;
            zBack = 0;
        }
        double mass = setup.beam().type().mass();
        double momentum = Math.sqrt(setup.beam().energy() * setup.beam().energy() - mass * mass);
        return new ReadoutGeometry(setup.name(), setup.beam().particle(), momentum, Math.abs(fieldIntegral), zFront, zBack,
                detectors, trackers);
    }

    /** The read-out of a setup given as YAML (e.g. the resolved setup stored in an event file). */
    public static ReadoutGeometry fromYaml(String yaml, String source, Map<Technology, Double> pitch) {
        return from(Config.parse(yaml, source, Setup.class), pitch);
    }

    private static WaveformDetector detector(Setup setup, Setup.Detector d) {
        for (Counter c : setup.counters()) {
            if (c.name().equals(d.name())) {
                Segmentation g = c.grid();
                return new WaveformDetector(c.name(), c.group(), ReadoutType.COUNTER, g.nx(), g.ny(), g.pitchX(), g.pitchY(),
                        g.x0(), g.y0(), 1, c.zFront());
            }
        }
        Calorimeter srd = setup.srd();
        if (srd != null && srd.name().equals(d.name())) {
            return calorimeter(srd, ReadoutType.SRD);
        }
        for (Calorimeter c : setup.calorimeters()) {
            if (c.name().equals(d.name())) {
                ReadoutType type = c.kind() == Calorimeter.Kind.HADRONIC ? ReadoutType.HCAL
                        : c.name().equals("ECAL") ? ReadoutType.ECAL : ReadoutType.EM;
                return calorimeter(c, type);
            }
        }
        throw new IllegalStateException("detector " + d.name() + " of setup " + setup.name() + " not found");
    }

    private static WaveformDetector calorimeter(Calorimeter c, ReadoutType type) {
        Segmentation g = c.grid();
        return new WaveformDetector(c.name(), c.group(), type, g.nx(), g.ny(), g.pitchX(), g.pitchY(), g.x0(), g.y0(),
                c.sections().size(), c.zFront());
    }
}
