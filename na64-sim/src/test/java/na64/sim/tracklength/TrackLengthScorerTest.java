package na64.sim.tracklength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.core.RandomStreams;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.physics.tracklength.TrackLengthTable;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Volume;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackLengthScorerTest {

    @Test
    void integralTrackLengthsFollowRossiApproximationA(@TempDir Path dir) {
        // Rossi approximation A (no ionisation, valid for E >> E_c): the track length of e+- above E is
        // 0.437 X0 E0/E, of photons 0.572 X0 E0/E (guide sec. 6)
        Material m = Materials.get("ecal-pbsc");
        double x0 = m.radiationLengthCm();
        Layout layout = new Layout(List.of(Volume.slab("block", 0, 200 * x0, 1e4, m)));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, new CascadeConfig(0.1, 10, 1, 2)));
        Cascade cascade = Cascade.electromagnetic(ctx);
        double e0 = 100;
        TrackLengthScorer scorer = new TrackLengthScorer(0.1, e0, 10, 1, 0);
        ctx.setObserver(scorer);
        for (int i = 0; i < 40; i++) {
            ctx.startEvent(RandomStreams.forEvent(6, i), null);
            ctx.stack().push(ParticleType.ELECTRON, e0, 0, 0, 1e-6, 0, 0, 1);
            cascade.run();
            scorer.endEvent();
        }
        double[] edges = scorer.edges();
        for (int b = 7; b <= 17; b += 5) {    // E = 0.5, 1.6, 5 GeV
            double charged = 0;
            double photons = 0;
            for (int k = b; k < scorer.bins(); k++) {
                charged += scorer.meanLength(0, k) + scorer.meanLength(1, k);
                photons += scorer.meanLength(2, k);
            }
            double scale = x0 * e0 / edges[b];
            assertThat(charged / scale).as("e+- above %s GeV", edges[b]).isCloseTo(0.437, within(0.03));
            assertThat(photons / scale).as("photons above %s GeV", edges[b]).isCloseTo(0.572, within(0.04));
        }
        // the table round-trips through the documented format
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("setup", "block");
        meta.put("beam", "e-");
        meta.put("beam_energy_GeV", "100");
        TrackLengthTable table = scorer.table(meta);
        Path file = dir.resolve("t.csv");
        table.write(file);
        TrackLengthTable back = TrackLengthTable.read(file);
        assertThat(back.bins()).isEqualTo(table.bins());
        assertThat(back.positron(1.0)).isCloseTo(table.positron(1.0), within(1e-6 * table.positron(1.0)));
        assertThat(back.meta("beam")).isEqualTo("e-");
        // dT/dE per bin times the bin width is the mean track length in the bin
        int b = 12;
        assertThat(table.value(TrackLengthTable.Species.PHOTON, b) * (edges[b + 1] - edges[b]))
                .isCloseTo(scorer.meanLength(2, b), within(1e-9));
    }
}
