package na64.analysis.study;

import java.util.List;
import java.util.Map;
import na64.analysis.background.BackgroundTable;
import na64.analysis.background.PublishedBackground;
import na64.analysis.efficiency.DimuonSystematic;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.analysis.limits.LimitPoint;
import na64.analysis.limits.PublishedCurve;
import na64.analysis.select.CutFlow;
import na64.analysis.select.PlaneHistogram;
import na64.analysis.select.SelectionSpec;

/**
 * Everything a study found, as the report and the CSV files show it.
 *
 * @param config              the resolved study configuration
 * @param selection           the selection applied
 * @param samples             the samples simulated
 * @param dataCutFlow         cut flow of the pseudo-data (beam) sample
 * @param signalCutFlow       cut flow of the signal sample at the reference mass (events with an emission)
 * @param plane               pre-selected pseudo-data in the E_ECAL versus E_HCAL plane
 * @param background          background estimate per source
 * @param sidebandHistogram   the pseudo-data distribution fitted in the side band (signal range left out)
 * @param publishedBackground the published table to compare with
 * @param efficiency          signal efficiency versus mass and process
 * @param dimuon              the dimuon data/MC comparison
 * @param efficiencyUncertainty relative systematic uncertainty of the signal yield used in the limits
 * @param limits              limits versus mass
 * @param publishedCurve      the published limit, or null
 * @param stageSeconds        wall time per stage
 * @param totalSeconds        wall time of the study
 */
public record StudyResult(StudyConfig config, SelectionSpec selection, List<SampleSummary> samples, CutFlow dataCutFlow,
        CutFlow signalCutFlow, PlaneHistogram plane, BackgroundTable background, Histogram1D sidebandHistogram, PublishedBackground publishedBackground,
        List<EfficiencyPoint> efficiency, DimuonSystematic dimuon, double efficiencyUncertainty, List<LimitPoint> limits,
        PublishedCurve publishedCurve, Map<String, Double> stageSeconds, double totalSeconds) {

    /** NA64's published estimate of a source scaled to the study's EOT, or null if NA64 has none. */
    public na64.analysis.background.Estimate publishedAtStudyEot(String sourceKey) {
        return publishedBackground.source(sourceKey).map(p -> p.estimate().scaled(config.eot() / publishedBackground.eot()))
                .orElse(null);
    }

    public long simulatedEvents() {
        return samples.stream().mapToLong(SampleSummary::events).sum();
    }
}
