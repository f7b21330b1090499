package na64.reco.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered list of processors whose wiring is checked when the chain is built, before any
 * event: every input must be a source product or the output of an earlier processor, no product
 * may be written twice, and a name may not stand for two types. Running the chain on an event
 * then calls the processors in order. Immutable and thread-safe.
 */
public final class ProcessorChain {
    private final Set<Key<?>> sources;
    private final List<Processor> processors;
    /** each processor's declared inputs and outputs, taken once (the store checks every read and write against them) */
    private final List<Set<Key<?>>> inputs;
    private final List<Set<Key<?>>> outputs;

    private ProcessorChain(Set<Key<?>> sources, List<Processor> processors) {
        this.sources = Set.copyOf(sources);
        this.processors = List.copyOf(processors);
        this.inputs = this.processors.stream().map(p -> Set.copyOf(p.inputs())).toList();
        this.outputs = this.processors.stream().map(p -> Set.copyOf(p.outputs())).toList();
    }

    /**
     * Checks the wiring and builds the chain; a {@link WiringException} names the processor and
     * the product at fault.
     */
    public static ProcessorChain of(Set<Key<?>> sources, List<Processor> processors) {
        Map<Key<?>, String> producedBy = new LinkedHashMap<>();
        Map<String, Key<?>> byName = new HashMap<>();
        for (Key<?> k : sources) {
            producedBy.put(k, "the source");
            byName.put(k.name(), k);
        }
        for (Processor p : processors) {
            for (Key<?> in : p.inputs()) {
                if (!producedBy.containsKey(in)) {
                    Key<?> same = byName.get(in.name());
                    String hint = same != null ? "; '" + in.name() + "' exists as " + same + " from " + producedBy.get(same)
                            : "; available: " + producedBy.keySet();
                    throw new WiringException("processor " + p.name() + " needs " + in
                            + ", which no earlier processor produces" + hint);
                }
            }
            for (Key<?> out : p.outputs()) {
                if (producedBy.containsKey(out)) {
                    throw new WiringException("processor " + p.name() + " writes " + out + ", already written by "
                            + producedBy.get(out));
                }
                Key<?> same = byName.get(out.name());
                if (same != null) {
                    throw new WiringException("processor " + p.name() + " writes " + out + " but '" + out.name()
                            + "' is already " + same + " from " + producedBy.get(same));
                }
                producedBy.put(out, "processor " + p.name());
                byName.put(out.name(), out);
            }
        }
        return new ProcessorChain(sources, processors);
    }

    public List<Processor> processors() {
        return processors;
    }

    public Set<Key<?>> sources() {
        return sources;
    }

    /** Runs every processor on one event. */
    public void process(EventStore event, RunContext run) {
        for (int i = 0; i < processors.size(); i++) {
            Processor p = processors.get(i);
            event.enter(p, inputs.get(i), outputs.get(i));
            p.process(event, run);
            event.leave(p);
        }
    }

    /** Runs every processor on one event, adding each one's wall time [ns] to {@code nanos[i]} (benchmarks). */
    public void processTimed(EventStore event, RunContext run, long[] nanos) {
        for (int i = 0; i < processors.size(); i++) {
            Processor p = processors.get(i);
            long t = System.nanoTime();
            event.enter(p, inputs.get(i), outputs.get(i));
            p.process(event, run);
            event.leave(p);
            nanos[i] += System.nanoTime() - t;
        }
    }

    /** The wiring as a table: processor, inputs, outputs. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (Processor p : processors) {
            s.append(String.format("%-22s %s -> %s%n", p.name(), names(p.inputs()), names(p.outputs())));
        }
        return s.toString();
    }

    private static List<String> names(Set<Key<?>> keys) {
        List<String> n = new ArrayList<>();
        keys.forEach(k -> n.add(k.name()));
        n.sort(null);
        return n;
    }

    /** A chain whose processors are not wired consistently. */
    public static final class WiringException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public WiringException(String message) {
            super(message);
        }
    }
}
