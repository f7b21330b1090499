package na64.monitor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.monitor.alarm.Alarm;
import na64.monitor.hist.Histogram;
import na64.monitor.hist.HistogramSet;
import na64.monitor.state.MonitorState;
import na64.monitor.state.RunMonitor;

/**
 * The JSON documents of the API, built from the monitor state (no HTTP here, so the tests read
 * them directly). A spill is selected as a number, {@code all} (the run sum) or {@code last} (the
 * spill being taken, else the last finished one).
 */
final class MonitorApi {
    /** A run or spill that is not there. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    private final MonitorState state;

    MonitorApi(MonitorState state) {
        this.state = state;
    }

    Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", state.version());
        m.put("events", state.events());
        Integer run = state.currentRun();
        m.put("current_run", run);
        if (run != null) {
            state.withRun(run, r -> {
                m.put("open_spill", r.openSpill());
                m.put("run_events", r.events());
                List<RunMonitor.SpillSummary> s = r.summaries();
                m.put("last_spill", s.isEmpty() ? null : summary(s.get(s.size() - 1)));
                m.put("alarms", r.alarms().size());
                return null;
            });
        }
        m.put("runs", state.runNumbers());
        m.put("reference", state.referenceName());
        m.put("damage", state.damage().size());
        m.put("source_error", state.sourceError());
        return m;
    }

    List<Map<String, Object>> runs() {
        List<Map<String, Object>> l = new ArrayList<>();
        for (int run : state.runNumbers()) {
            Map<String, Object> m = state.withRun(run, r -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("run", r.run());
                x.put("setup", r.header().setup());
                x.put("beam", r.header().beamParticle());
                x.put("beam_momentum", r.header().beamMomentum());
                x.put("events", r.events());
                x.put("open_spill", r.openSpill());
                x.put("kept_spills", r.keptSpills());
                x.put("spills", r.summaries().stream().map(MonitorApi::summary).toList());
                x.put("reco_problem", r.recoProblem());
                x.put("late_events", r.lateEvents());
                return x;
            });
            if (m != null) {
                l.add(m);
            }
        }
        return l;
    }

    private static Map<String, Object> summary(RunMonitor.SpillSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spill", s.spill());
        m.put("events", s.events());
        m.put("alarms", s.alarms());
        return m;
    }

    /** The histograms of a run and spill selection. */
    HistogramSet histograms(int run, String spill) {
        HistogramSet s = state.withRun(run, r -> {
            if (spill == null || spill.equals("all")) {
                return r.total();
            }
            if (spill.equals("last")) {
                List<Integer> kept = r.keptSpills();
                return kept.isEmpty() ? r.total() : r.spill(kept.get(kept.size() - 1));
            }
            int n;
            try {
                n = Integer.parseInt(spill);
            } catch (NumberFormatException e) {
                throw new NotFound("spill must be a number, 'all' or 'last', not '" + spill + "'");
            }
            return r.spill(n);
        });
        if (s == null) {
            throw new NotFound("run " + run + (state.runNumbers().contains(run) ? ", spill " + spill + " is not kept"
                    : " is not kept"));
        }
        return s;
    }

    /** The spill that {@code last} means now (for the page's label), or null. */
    Integer lastSpill(int run) {
        return state.withRun(run, r -> {
            List<Integer> kept = r.keptSpills();
            return kept.isEmpty() ? null : kept.get(kept.size() - 1);
        });
    }

    Map<String, Object> histogramsJson(int run, String spill) {
        HistogramSet s = histograms(run, spill);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", run);
        m.put("spill", spill == null ? "all" : spill);
        m.put("spill_number", "last".equals(spill) ? lastSpill(run) : null);
        m.put("events", s.events());
        m.put("histograms", s.all().stream().map(Histogram::toJson).toList());
        return m;
    }

    Histogram histogram(int run, String spill, String name) {
        Histogram h = histograms(run, spill).get(name);
        if (h == null) {
            throw new NotFound("no histogram " + name);
        }
        return h;
    }

    Map<String, Object> referenceJson() {
        HistogramSet ref = state.reference();
        if (ref == null) {
            throw new NotFound("no reference run loaded (na64 monitor --reference FILE.raw)");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", state.referenceName());
        m.put("events", ref.events());
        m.put("histograms", ref.all().stream().map(Histogram::toJson).toList());
        return m;
    }

    Histogram referenceHistogram(String name) {
        HistogramSet ref = state.reference();
        return ref == null ? null : ref.get(name);
    }

    /** Alarms of a run (default: the current one), newest last. */
    List<Map<String, Object>> alarms(Integer run) {
        Integer r = run != null ? run : state.currentRun();
        if (r == null) {
            return List.of();
        }
        List<Alarm> a = state.withRun(r, RunMonitor::alarms);
        if (a == null) {
            throw new NotFound("run " + r + " is not kept");
        }
        return a.stream().map(Alarm::toJson).toList();
    }
}
