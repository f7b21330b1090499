package na64.sim.generator;

import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.material.Element;
import na64.physics.material.Elements;
import na64.physics.primakoff.PrimakoffProduction;
import na64.sim.downstream.DownstreamModel;
import na64.sim.run.SimulationOptions.SignalDecay;

/** The generators the tests use, built as {@code na64 generate} builds them. */
public final class Processes {
    private Processes() {
    }

    public static Element element(String symbol) {
        return Elements.find(symbol).orElseThrow();
    }

    public static BremGenerator brem(Lepton lepton, Mediator mediator, String target, double mass, double e0, double eps, boolean visible) {
        DarkBrem brem = DarkBrem.of(lepton, mediator, DarkBrem.defaultApproximation(lepton), FluxModel.ELASTIC);
        var model = DownstreamModel.signalModel(mediator, mass, eps, visible ? SignalDecay.VISIBLE : SignalDecay.INVISIBLE);
        return new BremGenerator(brem, lepton, element(target), e0, eps, new DarkBosonDecay(model, visible));
    }

    public static AnnihilationGenerator annihilation(double mass, double positronEnergy, double eps, boolean visible) {
        var model = DownstreamModel.signalModel(Mediator.VECTOR, mass, eps, visible ? SignalDecay.VISIBLE : SignalDecay.INVISIBLE);
        return new AnnihilationGenerator(new ResonantAnnihilation(model), element("Pb"), positronEnergy, new DarkBosonDecay(model, visible));
    }

    public static PrimakoffGenerator primakoff(double mass, double g, String target, double energy, boolean visible) {
        PrimakoffProduction p = PrimakoffProduction.of(mass, g);
        return new PrimakoffGenerator(p, element(target), energy, new DarkBosonDecay(p.alp(), visible));
    }
}
