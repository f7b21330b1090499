package na64.sim.cascade;

import java.util.EnumMap;
import java.util.Map;
import na64.physics.ParticleType;

/**
 * Runs the particles of one event's stack to the end (one instance per thread): electrons,
 * positrons and photons by {@link EmTransport}, other species by the handlers given (muons,
 * hadrons, dark bosons); a species without a handler is counted as leaving the setup, a neutrino
 * as invisible energy.
 */
public final class Cascade {
    private final CascadeContext context;
    private final EmTransport em;
    private final Map<ParticleType, ParticleHandler> handlers;
    private final Track track = new Track();

    public Cascade(CascadeContext context, Map<ParticleType, ParticleHandler> handlers) {
        this.context = context;
        this.em = new EmTransport(context);
        this.handlers = handlers.isEmpty() ? new EnumMap<>(ParticleType.class) : new EnumMap<>(handlers);
    }

    /** An electromagnetic-only cascade. */
    public static Cascade electromagnetic(CascadeContext context) {
        return new Cascade(context, Map.of());
    }

    public CascadeContext context() {
        return context;
    }

    /** Follows every particle on the stack, and every particle they produce. */
    public void run() {
        ParticleStack stack = context.stack();
        while (!stack.isEmpty()) {
            stack.pop();
            track.load(stack);
            ParticleType type = track.type;
            if (type.isElectromagnetic()) {
                em.follow(track);
                continue;
            }
            ParticleHandler handler = handlers.get(type);
            if (handler != null) {
                handler.follow(track, context);
            } else if (type == ParticleType.NEUTRINO) {
                context.escapeInvisible(track.energy);
            } else {
                context.calorimetry().leak(track.energy);
            }
        }
    }
}
