package na64.sim.spectrometer;

import na64.core.Config;
import na64.detector.Setup;

/** Minimal setups for transport tests, in vacuum. */
public final class TestSetups {
    private TestSetups() {
    }

    /** A beam of {@code particle} at {@code energy}, no spread, then the given YAML element lists, then a target. */
    public static Setup of(String particle, double energy, String elements) {
        String yaml = "name: test\ntarget: T\ndefaultMedium: vacuum\n"
                + "beam: {particle: " + particle + ", energy: " + energy + ", upstreamLength: 100}\n"
                + elements
                + "calorimeters:\n  - {name: T, kind: electromagnetic, zFront: 5000, material: ecal-pbsc, "
                + "grid: {pitch: 400}, sections: [{name: all, depth: 45}]}\n";
        return Config.parse(yaml, "test setup", Setup.class);
    }
}
