package na64.sim.spectrometer;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import na64.sim.beam.Track;
import na64.sim.event.EventRecord;

/**
 * The per-event state of the beam-line transport: the random stream, the event being filled and
 * the particles created on the way (bremsstrahlung and synchrotron photons), which the caller
 * transports in turn. One instance per worker thread, {@link #reset} per event.
 */
public final class TransportState {
    private RandomGenerator rng;
    private EventRecord event;
    private final List<Track> spawned = new ArrayList<>();
    private final PhotonBuffer photons = new PhotonBuffer();
    private int nextId;
    /** The beam line's electronuclear interactions of the present event (null: not simulated). */
    private UpstreamInteractions interactions;
    /** The last options' per-thread state, reused while the options stay the same. */
    private UpstreamInteractions cachedInteractions;

    public void reset(RandomGenerator random, EventRecord record, int firstFreeId) {
        this.interactions = null;
        this.rng = random;
        this.event = record;
        this.spawned.clear();
        this.photons.clear();
        this.nextId = firstFreeId;
    }

    /**
     * Simulates the electronuclear interactions of the beam line in this event with the given options
     * (call after {@link #reset}); returns their per-thread state, which gives the event's weight.
     */
    public UpstreamInteractions startInteractions(UpstreamNuclearOptions options) {
        if (cachedInteractions == null || cachedInteractions.options() != options) {
            cachedInteractions = new UpstreamInteractions(options);
        }
        interactions = cachedInteractions;
        interactions.start(rng);
        return interactions;
    }

    /** The event's beam-line electronuclear interactions, null if they are not simulated. */
    UpstreamInteractions interactions() {
        return interactions;
    }

    public RandomGenerator rng() {
        return rng;
    }

    public EventRecord event() {
        return event;
    }

    /** Particles created since the last {@link #reset}, in creation order. */
    public List<Track> spawned() {
        return spawned;
    }

    /** Registers a new particle and gives it the next free id. */
    public void spawn(Track t) {
        t.id = nextId++;
        spawned.add(t);
    }

    /**
     * Registers a new photon (bremsstrahlung, synchrotron radiation) without creating a track
     * object; photons are many and only fly straight, so they are kept in arrays and transported
     * afterwards. Returns its id.
     */
    public int spawnPhoton(double energy, double x, double y, double z, double tx, double ty, double time) {
        photons.add(nextId, energy, x, y, z, tx, ty, time);
        return nextId++;
    }

    /** Photons created since the last {@link #reset}, in creation order. */
    public PhotonBuffer photons() {
        return photons;
    }

    /** The next free particle id (after the spawned ones). */
    public int nextId() {
        return nextId;
    }

    /** The track leaves the simulation upstream (absorbed in passive material, out of the aperture). */
    public void lose(Track t) {
        event.truth().lostUpstream += t.energy;
        t.energy = 0;
        t.alive = false;
    }

    /** Energy taken from a track and not recorded anywhere (ionisation in passive material, soft photons). */
    public void loseEnergy(double energy) {
        event.truth().lostUpstream += energy;
    }

    /** Books energy radiated as bremsstrahlung photons upstream (truth). */
    public void upstreamBremsstrahlung(double energy) {
        event.truth().upstreamBremsstrahlung += energy;
    }

    /** Energy deposited in a read-out channel (true value; resolution effects are applied later). */
    public void deposit(int detector, int channel, double energy) {
        event.deposits().add(detector, channel, energy);
        event.truth().depositedTrue += energy;
    }
}
