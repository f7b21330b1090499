package na64.reco.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The data products of one event, filled by the processors of a chain. While a processor runs,
 * the store lets it read only its declared inputs and write only its declared outputs (each
 * once), so a declaration that does not match the code fails loudly. One store per event; not
 * shared between threads.
 */
public final class EventStore {
    private final Map<Key<?>, Object> values = new HashMap<>();
    private Processor current;
    /** the current processor's declared keys, taken once (its inputs() and outputs() may build a new set per call) */
    private Set<Key<?>> inputs;
    private Set<Key<?>> outputs;

    /** A store holding the source products (e.g. the raw event). */
    public static EventStore of(Map<Key<?>, Object> sources) {
        EventStore s = new EventStore();
        sources.forEach((k, v) -> s.values.put(k, k.type().cast(v)));
        return s;
    }

    public <T> T get(Key<T> key) {
        if (current != null && !inputs.contains(key)) {
            throw new IllegalStateException("processor " + current.name() + " reads " + key
                    + ", which is not among its declared inputs " + inputs);
        }
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no " + key + " in the event" + (current == null ? "" : " (read by " + current.name() + ")"));
        }
        return key.type().cast(v);
    }

    public <T> void put(Key<T> key, T value) {
        if (current != null && !outputs.contains(key)) {
            throw new IllegalStateException("processor " + current.name() + " writes " + key
                    + ", which is not among its declared outputs " + outputs);
        }
        if (value == null) {
            throw new IllegalArgumentException(key + " set to null");
        }
        if (values.putIfAbsent(key, key.type().cast(value)) != null) {
            throw new IllegalStateException(key + " written twice");
        }
    }

    public boolean has(Key<?> key) {
        return values.containsKey(key);
    }

    /** Keys present. */
    public Set<Key<?>> keys() {
        return values.keySet();
    }

    /** Lets {@code p} read only {@code inputs} and write only {@code outputs} (its declared keys). */
    void enter(Processor p, Set<Key<?>> inputs, Set<Key<?>> outputs) {
        current = p;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    void leave(Processor p) {
        for (Key<?> k : outputs) {
            if (!values.containsKey(k)) {
                current = null;
                throw new IllegalStateException("processor " + p.name() + " did not write its declared output " + k);
            }
        }
        current = null;
    }
}
