package na64.sim.signal;

import static na64.physics.PhysicalConstants.MUON_MASS;

import java.util.HashMap;
import java.util.Map;
import na64.physics.material.Element;
import na64.physics.sm.DimuonProduction;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Directions;
import na64.sim.cascade.Track;
import na64.physics.ParticleType;

/**
 * Muon-pair production by photons, gamma Z -> mu+ mu- Z ({@link DimuonProduction}), NA64's
 * reference process for the calibration of the missing-energy search, with its own bias (NA64
 * simulates it enhanced x200). The mu+ takes x k with x from the element's sampler, the mu- the
 * rest; each at an angle u m_mu/E_mu (the emission-angle distribution of {@link Directions}
 * scaled to the muon mass).
 */
final class DimuonChannel extends PhotonChannel {
    private final PhotonTables tables;
    private final Map<Element, DimuonProduction> processes = new HashMap<>();
    private final double[] dir = new double[3];

    DimuonChannel(BiasGroup group, PhotonTables tables) {
        super(group);
        this.tables = tables;
    }

    @Override
    double sigma(int volume, double k) {
        return tables.sigma(volume, k);
    }

    @Override
    boolean fire(Track t, CascadeContext ctx) {
        group.occur();
        double k = t.energy;
        Element el = tables.element(t.volume, k, ctx.rng().nextDouble());
        DimuonProduction process = processes.computeIfAbsent(el, DimuonProduction::of);
        if (!(k > DimuonProduction.threshold())) {
            return true;
        }
        double x = process.sampleX(k, ctx.rng());
        double plus = x * k;
        double minus = k - plus;
        double phi = 2 * Math.PI * ctx.rng().nextDouble();
        Directions.rotate(t.ux, t.uy, t.uz, Math.cos(angle(plus, ctx)), phi, dir);
        ctx.stack().push(ParticleType.ANTIMUON, plus, t.x, t.y, t.z, dir[0], dir[1], dir[2]);
        Directions.rotate(t.ux, t.uy, t.uz, Math.cos(angle(minus, ctx)), phi + Math.PI, dir);
        ctx.stack().push(ParticleType.MUON, minus, t.x, t.y, t.z, dir[0], dir[1], dir[2]);
        if (ctx.truth() != null) {
            ctx.truth().dimuon = true;
        }
        return false;
    }

    private static double angle(double energy, CascadeContext ctx) {
        // Directions.emissionAngle scales with m_e/E; rescale to m_mu/E
        return Math.min(Directions.emissionAngle(energy, ctx.rng()) * MUON_MASS / na64.physics.PhysicalConstants.ELECTRON_MASS,
                Math.PI / 2);
    }
}
