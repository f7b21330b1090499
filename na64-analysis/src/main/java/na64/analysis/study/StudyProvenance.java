package na64.analysis.study;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.analysis.select.SelectionSpec;
import na64.core.BuildInfo;

/**
 * The provenance of a study's outputs as '#' comment lines heading every CSV file (and reach.yaml):
 * the code version and git revision, the study's key parameters, and one line per sample with its
 * seed, beam, signal model, mass, coupling, biases and detector variation. No wall times or
 * thread counts: the same seed gives the same files.
 */
public final class StudyProvenance {
    private StudyProvenance() {
    }

    public static String header(StudyConfig c, SelectionSpec selection, List<SampleSummary> samples) {
        StringBuilder h = new StringBuilder();
        h.append("# ").append(BuildInfo.describe()).append('\n');
        h.append(String.format(Locale.ROOT, "# study: %s; setup: %s; beam energy: %s GeV; EOT: %s; seed: %d; selection: %s%n",
                c.name(), c.setup(), c.beamEnergy(), c.eot(), c.seed(), selection.name()));
        h.append(sampleLines(samples));
        return h.toString();
    }

    /** One '# sample' line per sample: its name, seed, beam, signal, biases and variation. */
    public static String sampleLines(List<SampleSummary> samples) {
        StringBuilder h = new StringBuilder();
        for (SampleSummary s : samples) {
            h.append("# sample");
            for (Map.Entry<String, String> e : s.request().provenance().entrySet()) {
                if (!e.getValue().isEmpty()) {
                    h.append(' ').append(e.getKey().substring("na64.sample.".length())).append('=').append(e.getValue()).append(';');
                }
            }
            h.setLength(h.length() - 1);
            h.append('\n');
        }
        return h.toString();
    }
}
