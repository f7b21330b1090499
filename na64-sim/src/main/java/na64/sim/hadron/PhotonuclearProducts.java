package na64.sim.hadron;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.physics.material.Element;
import na64.physics.material.Material;
import na64.physics.sm.Photonuclear;
import na64.physics.sm.PhotonuclearFinalState;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Directions;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Track;

/**
 * The absorption of a photon by a nucleus in the calorimeters (a real photon, or the virtual
 * photon of an electronuclear interaction) as explicit hadrons: the final state of
 * {@link PhotonuclearFinalState} on a nucleus of the volume's material, drawn in proportion to
 * n_i sigma_gammaA,i(nu), each hadron pushed onto the cascade's stack along its direction, so that
 * the hadron handler transports it and showers it where it interacts, or lets it leave the setup
 * (an energetic n or K0L of the final state is then missing energy). A knocked-out nucleon's rest
 * energy comes out of the nucleus. One instance per thread.
 */
public final class PhotonuclearProducts implements HadronicInteraction {
    private final Layout layout;
    private final double leadingShortKaon;
    private final Map<Element, PhotonuclearFinalState> models = new HashMap<>();
    private final double[] direction = new double[3];

    /** Natural final states. */
    public PhotonuclearProducts(Layout layout) {
        this(layout, 0);
    }

    /**
     * @param leadingShortKaon probability that a final state with a K0S has one as its leading meson,
     *                         the event weighted to undo it; 0: natural
     */
    public PhotonuclearProducts(Layout layout, double leadingShortKaon) {
        this.layout = layout;
        this.leadingShortKaon = leadingShortKaon;
    }

    /** {@code energy}: the photon's (nu); the track gives the point, direction and volume. */
    @Override
    public void interact(Track t, double energy, CascadeContext ctx) {
        RandomGenerator rng = ctx.rng();
        Material material = layout.volume(t.volume).material();
        List<Material.Component> composition = material.composition();
        Element element = composition.get(material.pickComponent(
                i -> Photonuclear.of(composition.get(i).element()).sigma(energy), rng.nextDouble())).element();
        PhotonuclearFinalState.Biased finalState = models.computeIfAbsent(element, PhotonuclearFinalState::of)
                .sample(energy, rng, leadingShortKaon);
        if (ctx.truth() != null) {
            ctx.truth().weight *= finalState.weight();
        }
        for (PhotonuclearFinalState.Hadron h : finalState.hadrons()) {
            if (h.fromNucleus()) {
                ctx.keepRestEnergy(-h.type().mass());
            }
            Directions.rotate(t.ux, t.uy, t.uz, h.cosTheta(), h.phi(), direction);
            ctx.stack().push(h.type(), h.energy(), t.x, t.y, t.z, direction[0], direction[1], direction[2]);
        }
    }
}
