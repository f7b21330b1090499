package na64.analysis.report;

import java.nio.file.Path;
import na64.analysis.study.StudyResult;

/**
 * Writes what a study found: report.html and the CSV files. Separate from the study's stages
 * (which only compute), so that the report depends on the study and not the other way round.
 */
public final class StudyReport {
    private StudyReport() {
    }

    /** Writes report.html, limits.csv, cutflow.csv and background.csv into {@code out}; returns the report's path. */
    public static Path write(StudyResult result, Path out) {
        Path html = out.resolve("report.html");
        new ReportWriter().write(result, html);
        CsvOutputs.writeAll(result, out);
        return html;
    }
}
