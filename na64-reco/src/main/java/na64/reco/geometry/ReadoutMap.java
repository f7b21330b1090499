package na64.reco.geometry;

import na64.core.InputException;
import na64.event.raw.RunHeader;

/**
 * Maps the detector and plane ids of a raw run header to the indices of the geometry, by name,
 * checking channel counts. Built once per run.
 */
public final class ReadoutMap {
    private final int[] detector;
    private final int[] plane;

    public ReadoutMap(RunHeader header, ReadoutGeometry geometry) {
        detector = new int[header.detectors().size()];
        for (int i = 0; i < detector.length; i++) {
            RunHeader.DetectorInfo d = header.detectors().get(i);
            int g = geometry.detectorIndex(d.name());
            if (g < 0) {
                throw new InputException("setup", "the raw data read detector " + d.name() + ", which setup "
                        + geometry.setup() + " does not have");
            }
            if (geometry.detectors().get(g).channels() != d.channels()) {
                throw new InputException("setup", "detector " + d.name() + " has " + d.channels()
                        + " channels in the raw data and " + geometry.detectors().get(g).channels() + " in setup "
                        + geometry.setup());
            }
            detector[i] = g;
        }
        plane = new int[header.planes().size()];
        for (int i = 0; i < plane.length; i++) {
            RunHeader.PlaneInfo p = header.planes().get(i);
            int g = geometry.trackerIndex(p.name());
            if (g < 0) {
                throw new InputException("setup", "the raw data read tracker plane " + p.name() + ", which setup "
                        + geometry.setup() + " does not have");
            }
            plane[i] = g;
        }
    }

    /** Geometry index of raw detector id {@code id}. */
    public int detector(int id) {
        if (id < 0 || id >= detector.length) {
            throw new IllegalArgumentException("raw detector id " + id + " not in the run header");
        }
        return detector[id];
    }

    /** Geometry index of raw plane id {@code id}. */
    public int plane(int id) {
        if (id < 0 || id >= plane.length) {
            throw new IllegalArgumentException("raw plane id " + id + " not in the run header");
        }
        return plane[id];
    }
}
