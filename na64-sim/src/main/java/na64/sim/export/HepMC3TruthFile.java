package na64.sim.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import na64.core.AtomicOutput;
import na64.core.Config;
import na64.event.SimEvent;
import na64.sim.run.RunOptions;

/**
 * {@code na64 simulate --hepmc3}: the truth record ({@link TruthRecord}) of every event it is handed,
 * in the order handed (the event loop's event-number order), as HepMC3 ASCII. The file is a
 * temporary one until {@link #commit()}; closing without a commit removes it.
 */
public final class HepMC3TruthFile implements Consumer<SimEvent>, AutoCloseable {
    private final AtomicOutput file;
    private final HepMC3Writer writer;
    private final TruthRecord record;

    private HepMC3TruthFile(AtomicOutput file, HepMC3Writer writer, TruthRecord record) {
        this.file = file;
        this.writer = writer;
        this.record = record;
    }

    /** Opens {@code out} for the events of {@code run}; {@code version} goes into the T line. */
    public static HepMC3TruthFile open(Path out, TruthRecord record, RunOptions run, String version) {
        AtomicOutput file = AtomicOutput.create(out);
        try {
            Writer text = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
            return new HepMC3TruthFile(file, new HepMC3Writer(text, version, "detector simulation truth record (na64 simulate)",
                    runAttributes(run), null), record);
        } catch (IOException | RuntimeException e) {
            try {
                file.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static Map<String, String> runAttributes(RunOptions run) {
        Map<String, String> a = new LinkedHashMap<>();
        // without the thread count: the file is the same for any number of threads
        RunOptions physics = new RunOptions(run.setup(), run.beam(), run.energy(), run.events(), run.seed(), null, run.signal(),
                run.forcedDecay(), run.upstreamNuclear());
        a.put("na64_run", Config.toYaml(physics).strip());
        a.put("na64_units", "momenta and energies in GeV, lengths in mm, c t not recorded (0); "
                + "weight Default: the number of real events the event stands for");
        return a;
    }

    @Override
    public void accept(SimEvent event) {
        try {
            writer.write(record.event(event.event(), event.truth()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the trailer and renames the file onto its target. */
    public void commit() {
        try {
            writer.finish();
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
