package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import na64.bench.validation.ReportFiles;
import na64.bench.validation.Validation;
import na64.bench.validation.ValidationReport;
import na64.bench.validation.Validations;
import na64.core.Check;
import na64.core.InputException;
import na64.detector.Setup;
import na64.detector.Setups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code na64 validate}: the validation programs behind the numbers and figures of docs/validation.md. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The validation runs behind the numbers and figures of docs/validation.md.",
            "Writes numbers.json and one SVG and one PNG per figure into --out, prints the numbers;",
            "progress goes to stderr. WHAT (times on one core, --scale 1):",
            "  beamline  SRD electrons against pions, decays in flight, synchrotron spectrum (seconds)",
            "  cascade   ECAL response and resolution, longitudinal profile, track lengths, dimuons,",
            "            dark-photon yield, energy bookkeeping, fake signal box, pions, muons (~1 min)",
            "  reco      digitisation and reconstruction of simulated showers and events: ECAL energy,",
            "            two-pulse fit, pile-up, straw r-t calibration, momentum from the bend (~30 s)",
            "  all       the three, into --out/beamline, --out/cascade, --out/reco"},
        footer = {"", "Example: na64 validate reco --out docs/img/reco",
            "         na64 validate all --out /tmp/validation --scale 0.1   (a quick look; other numbers)"})
public final class ValidateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", completionCandidates = WhatCandidates.class,
            description = "beamline, cascade, reco or all.")
    String what;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for numbers.json and the figures.")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S",
            description = "Multiplies the numbers of events (0.1 for a quick look; the docs quote 1). Default: ${DEFAULT-VALUE}.")
    double scale;

    @Option(names = "--setup", defaultValue = "na64e-2022", paramLabel = "NAME|FILE",
            description = "Setup. Default: ${DEFAULT-VALUE}.")
    String setup;

    /** The allowed values of WHAT, for --help and shell completion. */
    static final class WhatCandidates extends ArrayList<String> {
        WhatCandidates() {
            super(allowed());
        }
    }

    static List<String> allowed() {
        List<String> names = new ArrayList<>(Validations.cliNames());
        names.add("all");
        return names;
    }

    @Override
    public void run() {
        List<Validations> chosen = chosen();
        Check.positive("--scale", scale);
        Setup s = Setups.loadOrRead(setup);
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter progress = spec.commandLine().getErr();
        for (Validations v : chosen) {
            Validation validation = v.create(s, scale);
            ValidationReport report = validation.run(part -> {
                progress.println("validate " + validation.name() + ": " + part);
                progress.flush();
            });
            // under 'all' each validation gets its own directory, so that the numbers.json do not collide
            boolean several = chosen.size() > 1;
            ReportFiles.write(report, several ? out.resolve(validation.name()) : out);
            if (several) {
                w.println("# " + validation.name());
            }
            ReportFiles.print(report, w);
        }
    }

    private List<Validations> chosen() {
        if (what.equals("all")) {
            return List.of(Validations.values());
        }
        for (Validations v : Validations.values()) {
            if (v.cliName().equals(what)) {
                return List.of(v);
            }
        }
        throw InputException.unknown("WHAT", what, allowed());
    }
}
