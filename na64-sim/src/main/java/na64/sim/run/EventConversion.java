package na64.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import na64.event.McTruth;
import na64.event.SimEvent;
import na64.event.TrackerHit;
import na64.sim.event.EnergyDeposits;
import na64.sim.event.EventRecord;
import na64.sim.event.EventTruth;
import na64.sim.event.TrackerHits;

/** Copies a finished per-thread {@link EventRecord} into an immutable output {@link SimEvent}. */
final class EventConversion {
    private EventConversion() {
    }

    static SimEvent toSimEvent(EventRecord r) {
        EventTruth t = r.truth();
        McTruth truth = new McTruth(t.weight, t.primaryPdg, t.primaryEnergy, t.primaryX, t.primaryY, t.primaryThetaX,
                t.primaryThetaY, t.incidentPdg, t.incidentEnergy, nullIfNaN(t.beamDecayZ), t.beamDecayChannel,
                t.synchrotronPhotons, t.synchrotronEnergy, t.upstreamBremsstrahlung,
                t.emission == EventTruth.Emission.NONE ? null : t.emission.name().toLowerCase(Locale.ROOT),
                t.emitterPdg, t.emitterEnergy, t.emissionEnergy, t.emissionX, t.emissionY, t.emissionZ, t.emissionTheta,
                t.emitterDirX, t.emitterDirY, t.emitterDirZ, t.emissionDirX, t.emissionDirY, t.emissionDirZ,
                nullIfNaN(t.decayZ), t.dimuon, t.photonuclear, t.depositedTrue, t.escapedInvisible, t.escapedLeakage,
                t.lostUpstream);
        EnergyDeposits d = r.deposits();
        double[][] deposits = new double[d.detectorNames().size()][];
        for (int i = 0; i < deposits.length; i++) {
            deposits[i] = d.channels(i).clone();
        }
        TrackerHits h = r.hits();
        List<TrackerHit> hits = new ArrayList<>(h.size());
        for (int i = 0; i < h.size(); i++) {
            hits.add(new TrackerHit(h.plane(i), h.track(i), h.pdg(i), h.x(i), h.y(i), h.z(i), h.slopeX(i), h.slopeY(i),
                    h.momentum(i), h.time(i), h.xMeasured(i), h.yMeasured(i)));
        }
        return new SimEvent(r.eventNumber(), truth, deposits, hits);
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
