package na64.sim.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.physics.ParticleType;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.RareProcesses;
import na64.sim.cascade.Track;
import na64.sim.shower.ShowerModel;

/**
 * The per-thread rare processes of a {@link RareProcessModel}: the clocks of each channel, the
 * bias groups, and at the end of the event the weight (product over groups, {@link BiasGroup}).
 */
public final class BiasedProcesses implements RareProcesses {
    private final RareProcessModel model;
    private final List<BiasGroup> groups = new ArrayList<>();
    private final ChargedChannel[] charged;
    private final PhotonChannel[] photons;
    private final AnnihilationChannel annihilation;
    private final PhotonuclearChannel photonuclear;
    private final ElectronuclearChannel electronuclear;
    private final BiasGroup signalGroup;
    /** The channel whose clock rings at the end of the step being taken (-1: none). */
    /** The Primakoff conversion of an ALP signal: its tables, process and smallest photon energy converted. */
    record Primakoff(PhotonTables tables, na64.physics.primakoff.PrimakoffProduction process, double minEnergy) {
    }

    private int pendingCharged = -1;
    private int pendingPhoton = -1;

    BiasedProcesses(RareProcessModel model, DarkBremTables darkBrem, AnnihilationTables annihilationTables,
                    PhotonTables dimuon, PhotonTables photonuclear, ElectronuclearTables electronuclear,
                    HadronicInteraction hadrons, double signalBias, double dimuonBias, double photonuclearBias,
                    double photonuclearMinEnergy, double electronuclearBias, Primakoff primakoff) {
        this.model = model;
        Emissions emissions = new Emissions();
        List<ChargedChannel> c = new ArrayList<>();
        List<PhotonChannel> p = new ArrayList<>();
        AnnihilationChannel ann = null;
        PhotonuclearChannel pn = null;
        ElectronuclearChannel en = null;
        BiasGroup sg = null;
        if (darkBrem != null) {
            sg = new BiasGroup("signal", signalBias);
            groups.add(sg);
            c.add(new DarkBremChannel(sg, darkBrem, emissions));
            if (annihilationTables != null) {
                ann = new AnnihilationChannel(sg, annihilationTables, emissions);
                c.add(ann);
            }
        }
        if (primakoff != null) {
            if (sg == null) {
                sg = new BiasGroup("signal", signalBias);
                groups.add(sg);
            }
            p.add(new PrimakoffChannel(sg, primakoff.tables(), primakoff.process(), primakoff.minEnergy(), emissions));
        }
        if (dimuon != null) {
            BiasGroup g = new BiasGroup("dimuon", dimuonBias);
            groups.add(g);
            p.add(new DimuonChannel(g, dimuon));
        }
        if (photonuclear != null) {
            BiasGroup g = new BiasGroup("photonuclear", photonuclearBias);
            groups.add(g);
            pn = new PhotonuclearChannel(g, photonuclear, hadrons, photonuclearMinEnergy);
            p.add(pn);
        }
        if (electronuclear != null) {
            BiasGroup g = new BiasGroup("electronuclear", electronuclearBias);
            groups.add(g);
            en = new ElectronuclearChannel(g, electronuclear, hadrons);
            c.add(en);
        }
        this.charged = c.toArray(new ChargedChannel[0]);
        this.photons = p.toArray(new PhotonChannel[0]);
        this.annihilation = ann;
        this.photonuclear = pn;
        this.electronuclear = en;
        this.signalGroup = sg;
    }

    /** The signal group (null without a signal): its biased depth and whether X was emitted. */
    public BiasGroup signalGroup() {
        return signalGroup;
    }

    public List<BiasGroup> groups() {
        return groups;
    }

    @Override
    public void startEvent(RandomGenerator rng) {
        for (BiasGroup g : groups) {
            g.reset();
        }
        for (ChargedChannel ch : charged) {
            ch.startEvent(rng);
        }
        for (PhotonChannel ch : photons) {
            ch.startEvent(rng);
        }
    }

    @Override
    public double chargedFireEnergy(int volume, boolean positron, double eStart, double eEnd) {
        double best = -1;
        pendingCharged = -1;
        for (int i = 0; i < charged.length; i++) {
            double e = charged[i].fireEnergy(volume, positron, eStart, eEnd);
            if (e > best) {
                best = e;
                pendingCharged = i;
            }
        }
        return best;
    }

    @Override
    public void chargedAdvance(int volume, boolean positron, double eStart, double eEnd) {
        for (ChargedChannel ch : charged) {
            ch.advance(volume, positron, eStart, eEnd);
        }
    }

    @Override
    public double photonFireDistance(int volume, double k, double dMax) {
        double best = Double.POSITIVE_INFINITY;
        pendingPhoton = -1;
        for (int i = 0; i < photons.length; i++) {
            double d = photons[i].fireDistance(volume, k, dMax);
            if (d < best) {
                best = d;
                pendingPhoton = i;
            }
        }
        return best;
    }

    @Override
    public void photonAdvance(int volume, double k, double distance) {
        for (PhotonChannel ch : photons) {
            ch.advance(volume, k, distance);
        }
    }

    @Override
    public boolean fire(Track track, CascadeContext context) {
        // the transport calls this right after the step that ended where a clock rang
        if (track.type == ParticleType.PHOTON) {
            int i = pendingPhoton;
            pendingPhoton = -1;
            return i < 0 || photons[i].fire(track, context);
        }
        int i = pendingCharged;
        pendingCharged = -1;
        return i < 0 || charged[i].fire(track, context);
    }

    @Override
    public double subShower(ParticleType type, double energy, boolean softRadiation, double x, double y, double z,
                            double ux, double uy, double uz, CascadeContext context) {
        if (annihilation == null && photonuclear == null && electronuclear == null) {
            return 0;
        }
        int volume = context.layout().locate(x, y, z);
        if (volume < 0) {
            return 0;
        }
        // each channel returns 0 once its group's process has happened in this event
        ShowerModel shower = context.layout().showerModel(volume);
        double taken = annihilation == null ? 0
                : annihilation.subShower(volume, type, energy, softRadiation, x, y, z, ux, uy, uz, shower, context);
        if (photonuclear != null && energy - taken > 0) {
            taken += photonuclear.subShower(volume, type, energy - taken, softRadiation, x, y, z, ux, uy, uz, shower,
                    context);
        }
        if (electronuclear != null && energy - taken > 0) {
            taken += electronuclear.subShower(volume, type, energy - taken, softRadiation, x, y, z, ux, uy, uz, shower,
                    context);
        }
        return taken;
    }

    /** The event weight: product over the bias groups. */
    public double weight() {
        double w = 1;
        for (BiasGroup g : groups) {
            w *= g.weight();
        }
        return w;
    }

    @Override
    public void endEvent(CascadeContext context) {
        if (context.truth() != null) {
            context.truth().weight *= weight();
        }
    }

    @Override
    public Map<String, String> metadata() {
        return model.metadata();
    }
}
