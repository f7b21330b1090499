package na64.reco.calo;

import na64.event.reco.RecoEvent;
import na64.reco.process.Key;

/** The per-event data products of the calorimeter and counter reconstruction. */
public final class CaloKeys {
    public static final Key<FittedPulses> PULSES = Key.of("pulses", FittedPulses.class);
    public static final Key<CellEnergies> CELLS = Key.of("cells", CellEnergies.class);
    public static final Key<RecoEvent.EcalShower> ECAL = Key.of("ecal", RecoEvent.EcalShower.class);
    public static final Key<HcalEnergies> HCAL = Key.of("hcal", HcalEnergies.class);
    public static final Key<DetectorSignals> SIGNALS = Key.of("signals", DetectorSignals.class);

    private CaloKeys() {
    }
}
