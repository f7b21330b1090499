package na64.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints, for tests. */
record Cli(int exitCode, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Na64.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The command line with the fast stand-in for the cascade ({@link TestDownstream}), passed explicitly. */
    static Cli withTestDownstream(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Na64.execute(new TestDownstream(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }
}
