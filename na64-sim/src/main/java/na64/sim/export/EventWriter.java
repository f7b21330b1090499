package na64.sim.export;

import java.io.IOException;
import na64.sim.generator.GeneratorEvent;

/** Writes generator-level events to one file format: a header, the events in order, a trailer. */
public interface EventWriter {

    void write(GeneratorEvent event) throws IOException;

    /** Writes the trailer and flushes (the caller closes the stream). */
    void finish() throws IOException;
}
