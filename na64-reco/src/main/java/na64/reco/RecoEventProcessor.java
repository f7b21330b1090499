package na64.reco;

import java.util.Set;
import na64.event.raw.RawEvent;
import na64.event.reco.RecoEvent;
import na64.reco.calo.DetectorSignals;
import na64.reco.calo.FittedPulses;
import na64.reco.calo.HcalEnergies;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;
import na64.reco.track.Segments;
import na64.reco.calo.CaloKeys;
import na64.reco.process.EventKeys;
import na64.reco.track.TrackKeys;

/** Assembles the reconstructed-event record from the products of the chain, with the MC truth of the raw event. */
public final class RecoEventProcessor implements Processor {
    @Override
    public String name() {
        return "reco-event";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(EventKeys.RAW, CaloKeys.PULSES, CaloKeys.ECAL, CaloKeys.HCAL, CaloKeys.SIGNALS, TrackKeys.SEGMENTS,
                TrackKeys.MOMENTUM);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(EventKeys.RECO);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        RawEvent raw = event.get(EventKeys.RAW);
        FittedPulses pulses = event.get(CaloKeys.PULSES);
        HcalEnergies hcal = event.get(CaloKeys.HCAL);
        DetectorSignals signals = event.get(CaloKeys.SIGNALS);
        Segments segments = event.get(TrackKeys.SEGMENTS);
        event.put(EventKeys.RECO, new RecoEvent(raw.header().run(), raw.header().spill(), raw.header().event(),
                raw.header().triggerWord(), event.get(CaloKeys.ECAL), hcal.total(), hcal.modules(), signals.vetoEnergy(),
                signals.vetoTime(), signals.srdEnergy(), signals.srdTime(), signals.srdCells(), signals.all(),
                pulses.extraPulses(), segments.upstream(), segments.downstream(), event.get(TrackKeys.MOMENTUM),
                raw.truth()));
    }
}
