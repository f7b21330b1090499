package na64.monitor.fill;

import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.reco.RecoEvent;
import na64.reco.ReadoutFiles;
import na64.reco.Reconstruction;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.process.RunContext;

/**
 * The standard reconstruction of na64 for one run, set up from the read-out geometry in its run
 * header and the given (or the setup's default) conditions, for the monitor's reconstructed
 * histograms. {@link #of} returns null with a reason when the run cannot be reconstructed (a
 * header without geometry): the monitor then shows the raw histograms only.
 */
public final class RunReconstruction {
    private final Reconstruction reco;
    private final RunContext context;

    private RunReconstruction(Reconstruction reco, RunContext context) {
        this.reco = reco;
        this.context = context;
    }

    /** The reconstruction of a run, or null (reason in {@code why[0]}). */
    public static RunReconstruction of(RunHeader header, ConditionsProvider conditions, String[] why) {
        try {
            ReadoutGeometry geometry = ReadoutFiles.geometry(header);
            ConditionsProvider p = conditions != null ? conditions : ReadoutFiles.defaultConditions(geometry);
            Reconstruction reco = Reconstruction.chain(geometry, p);
            return new RunReconstruction(reco, reco.beginRun(header));
        } catch (RuntimeException e) {
            why[0] = "run " + header.run() + " is not reconstructed: " + e.getMessage();
            return null;
        }
    }

    /** The reconstructed event; thread-safe. */
    public RecoEvent reconstruct(RawEvent e) {
        return reco.reconstruct(e, context);
    }
}
