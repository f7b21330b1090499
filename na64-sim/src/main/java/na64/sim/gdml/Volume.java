package na64.sim.gdml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import na64.physics.material.Material;

/**
 * A logical volume of the exported geometry: a solid of one material, with auxiliary information
 * for the Geant4 application (sensitive detector name, magnetic field) and its daughters.
 *
 * @param name     unique name (an XML NCName)
 * @param solid    the shape
 * @param material what it is made of
 * @param aux      auxiliary pairs (auxtype -> auxvalue), in order
 * @param daughters placements inside it
 */
public record Volume(String name, Solid solid, Material material, Map<String, String> aux, List<Placement> daughters) {

    /** A daughter volume placed with its centre at (x, y, z) [cm] from the mother's centre. */
    public record Placement(Volume volume, int copy, double x, double y, double z) {
    }

    public Volume {
        aux = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aux));
        daughters = new ArrayList<>(daughters);
    }

    void place(Volume daughter, int copy, double x, double y, double z) {
        daughters.add(new Placement(daughter, copy, x, y, z));
    }

    @Override
    public List<Placement> daughters() {
        return List.copyOf(daughters);
    }
}
