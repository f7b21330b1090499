package na64.bench.validation;

import java.util.Map;
import na64.detector.Setup;
import na64.reco.Reconstruction;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.conditions.NominalConditions;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.SetupReadout;
import na64.reco.process.RunContext;

/** The read-out of a setup with the built-in nominal conditions, used both to digitise and to reconstruct. */
record RecoSetting(Setup setup, ReadoutGeometry geometry, Conditions nominal, DigitizerConfig config) {

    static RecoSetting of(Setup setup) {
        DigitizerConfig config = DigitizerConfig.defaults();
        ReadoutGeometry g = SetupReadout.from(setup, config.pitches());
        return new RecoSetting(setup, g, NominalConditions.builtIn().forGeometry(g), config);
    }

    Digitizer digitizer(long seed) {
        return new Digitizer(geometry, nominal, config, null, seed, 1);
    }

    Reconstruction reconstruction() {
        return Reconstruction.chain(geometry, ConditionsProvider.fixed(nominal));
    }

    /** A reconstruction with its run started on the run header of {@code digitizer}. */
    Reconstructor reconstructor(Digitizer digitizer) {
        Reconstruction reco = reconstruction();
        return new Reconstructor(reco, reco.beginRun(digitizer.runHeader(Map.of())));
    }

    /** A reconstruction and its run. */
    record Reconstructor(Reconstruction reco, RunContext run) {
    }
}
