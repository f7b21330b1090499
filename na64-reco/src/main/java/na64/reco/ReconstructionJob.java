package na64.reco;

import na64.reco.process.RecoConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.core.BuildInfo;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.core.Progress;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.reco.RecoEvent;
import na64.event.reco.RecoEventWriter;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.process.RunContext;
import na64.reco.raw.RawDamage;
import na64.reco.raw.RawReader;

/**
 * {@code na64 reconstruct}: a raw-data file to a reconstructed-event Parquet file. The geometry
 * comes from the run header; the conditions of every run from the given provider (default: the
 * setup's). Events are reconstructed in parallel and written in file order. Damage in the raw
 * file (truncation, corruption) is reported with its byte offsets; every intact event is
 * reconstructed, unless {@code strict} turns damage into an error. Progress is reported in bytes of
 * the raw file read.
 */
public final class ReconstructionJob {
    /**
     * @param in         raw file
     * @param out        Parquet file to write
     * @param conditions conditions provider (null: the setup's defaults)
     * @param config     reconstruction settings
     * @param threads    worker threads
     * @param strict     damage in the raw file is an error (nothing is written)
     */
    public record Options(Path in, Path out, ConditionsProvider conditions, RecoConfig config, int threads, boolean strict) {
        public Options {
            Check.positive("--threads", threads);
        }
    }

    /** What the job did. */
    public record Result(long events, List<RawDamage> damage, List<String> conditions, double seconds) {
    }

    private ReconstructionJob() {
    }

    public static Result run(Options o, Progress progress) {
        long start = System.nanoTime();
        try (RawReader reader = RawReader.open(o.in())) {
            RunHeader header = reader.runHeader();
            if (header == null) {
                throw new InputException("file", o.in() + " does not start with a run header; "
                        + (reader.damage().isEmpty() ? "not a raw file of na64" : "damage: " + reader.damage()));
            }
            ReadoutGeometry geometry = ReadoutFiles.geometry(header);
            ConditionsProvider provider = o.conditions() != null ? o.conditions() : ReadoutFiles.defaultConditions(geometry);
            Reconstruction reco = Reconstruction.chain(geometry, provider, o.config());
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("na64.version", BuildInfo.version());
            meta.put("na64.input", o.in().toString());
            meta.put("na64.setup", geometry.setup());
            meta.put("na64.reco.config", Config.toYaml(o.config()));
            meta.put("na64.reco.processors", reco.processors().describe());
            List<String> conditionsUsed = new ArrayList<>();
            try (RecoEventWriter writer = RecoEventWriter.open(o.out(), meta); Batches batches = new Batches(o.threads())) {
                RunContext run = reco.beginRun(header);
                conditionsUsed.add("run " + header.run() + ": " + run.conditions().name());
                List<RawEvent> batch = new ArrayList<>(512);
                long n = 0;
                long reported = 0;
                while (true) {
                    RawEvent raw = reader.next();
                    boolean newRun = raw != null && reader.runHeader() != header;
                    if (raw == null || newRun || batch.size() == 512) {
                        final RunContext context = run;
                        List<RecoEvent> done = batches.map(batch, e -> reco.reconstruct(e, context));
                        done.forEach(writer::write);
                        n += done.size();
                        progress.advance(reader.position() - reported);
                        reported = reader.position();
                        batch.clear();
                    }
                    if (raw == null) {
                        break;
                    }
                    if (newRun) {
                        header = reader.runHeader();
                        if (!ReadoutFiles.geometry(header).equals(geometry)) {
                            throw new InputException("file", o.in() + ": run " + header.run()
                                    + " has another read-out geometry than the first run of the file");
                        }
                        run = reco.beginRun(header);
                        conditionsUsed.add("run " + header.run() + ": " + run.conditions().name());
                    }
                    batch.add(raw);
                }
                if (!reader.damage().isEmpty() && o.strict()) {
                    throw new InputException("file", o.in() + " is damaged: " + reader.damage().get(0)
                            + (reader.damage().size() > 1 ? " (and " + (reader.damage().size() - 1) + " more)" : ""));
                }
                writer.putMetadata("na64.reco.conditions", String.join("; ", conditionsUsed));
                writer.putMetadata("na64.raw.damage", reader.damage().toString());
                writer.commit();
                return new Result(n, reader.damage(), conditionsUsed, (System.nanoTime() - start) * 1e-9);
            }
        }
    }
}
