package na64.sim.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal reader of Les Houches Event Files written for the tests from the format definition
 * (hep-ph/0609017, arXiv:1405.1067), independent of {@link LheWriter}: the HEPRUP numbers of
 * {@code <init>} and the HEPEUP numbers of each {@code <event>}.
 */
final class LheReader {
    record Line(int id, int status, int mother1, int mother2, int color1, int color2, double[] p, double lifetime, double spin) {
    }

    record Event(int nup, int process, double weight, double scale, double alphaQed, double alphaQcd, List<Line> lines) {
    }

    final String version;
    final int[] beamIds = new int[2];
    final double[] beamEnergies = new double[2];
    int weightStrategy;
    int processes;
    double crossSection;
    double crossSectionError;
    double maxWeight;
    final List<Event> events = new ArrayList<>();

    LheReader(String text) {
        int open = text.indexOf("<LesHouchesEvents");
        String tag = text.substring(open, text.indexOf('>', open));
        version = tag.replaceAll(".*version=\"([^\"]*)\".*", "$1");
        if (!text.strip().endsWith("</LesHouchesEvents>")) {
            throw new IllegalArgumentException("no closing </LesHouchesEvents>");
        }
        String init = block(text, "init", text.indexOf("<init>")).strip();
        String[] initLines = init.split("\n");
        String[] a = initLines[0].trim().split("\\s+");
        beamIds[0] = Integer.parseInt(a[0]);
        beamIds[1] = Integer.parseInt(a[1]);
        beamEnergies[0] = Double.parseDouble(a[2]);
        beamEnergies[1] = Double.parseDouble(a[3]);
        weightStrategy = Integer.parseInt(a[8]);
        processes = Integer.parseInt(a[9]);
        String[] b = initLines[1].trim().split("\\s+");
        crossSection = Double.parseDouble(b[0]);
        crossSectionError = Double.parseDouble(b[1]);
        maxWeight = Double.parseDouble(b[2]);
        int from = 0;
        while ((from = text.indexOf("<event>", from)) >= 0) {
            String body = block(text, "event", from).strip();
            String[] lines = body.split("\n");
            String[] h = lines[0].trim().split("\\s+");
            int nup = Integer.parseInt(h[0]);
            List<Line> particles = new ArrayList<>();
            for (int i = 1; i <= nup; i++) {
                String[] f = lines[i].trim().split("\\s+");
                double[] p = new double[5];
                for (int k = 0; k < 5; k++) {
                    p[k] = Double.parseDouble(f[6 + k]);
                }
                particles.add(new Line(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), p, Double.parseDouble(f[11]), Double.parseDouble(f[12])));
            }
            events.add(new Event(nup, Integer.parseInt(h[1]), Double.parseDouble(h[2]), Double.parseDouble(h[3]),
                    Double.parseDouble(h[4]), Double.parseDouble(h[5]), particles));
            from += 7;
        }
    }

    /** The text between {@code <name...>} at or after {@code from} and its {@code </name>}. */
    private static String block(String text, String name, int from) {
        int start = text.indexOf('>', text.indexOf("<" + name, from)) + 1;
        int end = text.indexOf("</" + name + ">", start);
        String body = text.substring(start, end);
        // optional XML tags inside <init> or <event> (LHEF 3: <generator>, <weights>) are not numbers
        return body.replaceAll("(?s)<[a-zA-Z][^>]*>.*?</[a-zA-Z]+>", "");
    }
}
