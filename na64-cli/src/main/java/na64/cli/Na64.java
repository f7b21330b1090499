package na64.cli;

import java.io.PrintWriter;
import na64.core.BuildInfo;
import na64.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code na64} command line. Exit codes: 0 ok, 2 bad input (the message names the option or
 * key, the value and the allowed range), 1 internal error.
 */
@Command(name = "na64",
        mixinStandardHelpOptions = true,
        versionProvider = Na64.Version.class,
        sortOptions = false,
        description = {
            "Dark-sector searches in missing-energy events, from cross sections to limits.",
            "",
            "Units: energies and masses in GeV, lengths in cm, cross sections per atom in pb."},
        footer = {"", "Run 'na64 <command> --help' for the options of a command.",
            "Exit codes: 0 ok, 2 bad input, 1 internal error."},
        subcommands = {
            CommandLine.HelpCommand.class,
            MaterialCommand.class,
            SimulateCommand.class,
            SummaryCommand.class,
            DigitizeCommand.class,
            ReconstructCommand.class,
            ReplayCommand.class,
            MonitorCommand.class,
            DecayCommand.class,
            RunCommand.class,
            XsecCommand.class,
            BenchCommand.class,
            ReachCommand.class,
            YieldCommand.class,
            TrackLengthCommand.class,
            ValidateCommand.class,
            GenerateCommand.class,
            GeometryCommand.class,
        })
public final class Na64 implements Runnable {
    /** The downstream simulation the commands use: the cascade, or a stand-in that tests pass explicitly. */
    private final na64.sim.run.DownstreamSimulator.Factory downstream;

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL_ERROR = 1;
    public static final int EXIT_BAD_INPUT = 2;
    /** Width of the --help text: the descriptions are written for lines of up to ~115 characters. */
    static final int USAGE_WIDTH = 120;

    @Spec
    CommandSpec spec;

    Na64(na64.sim.run.DownstreamSimulator.Factory downstream) {
        this.downstream = downstream;
    }

    /** The downstream simulation of this command line. */
    na64.sim.run.DownstreamSimulator.Factory downstream() {
        return downstream;
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit code (tests use this). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(new na64.sim.downstream.CascadeDownstreamFactory(), out, err, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, with another downstream simulation (tests: a fast stand-in). */
    static int execute(na64.sim.run.DownstreamSimulator.Factory downstream, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Na64(downstream));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(USAGE_WIDTH);
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            InputException input = inputCause(exception);
            if (input != null) {
                commandLine.getErr().println(commandLine.getCommandName() + ": error: " + input.getMessage());
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println(commandLine.getCommandName() + ": internal error: " + exception);
            exception.printStackTrace(commandLine.getErr());
            return EXIT_INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((exception, args2) -> {
            CommandLine commandLine = exception.getCommandLine();
            commandLine.getErr().println(commandLine.getCommandName() + ": error: " + exception.getMessage());
            commandLine.getErr().println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_BAD_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static InputException inputCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputException input) {
                return input;
            }
        }
        return null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version of this build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.describe(), "Java " + System.getProperty("java.version")};
        }
    }
}
