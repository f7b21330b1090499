package na64.analysis.report;

import java.util.List;
import java.util.Locale;

/** Small helpers for writing HTML by hand: escaping, numbers, table rows. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Three significant digits, scientific notation for very small or large values; "-" for NaN. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        String s = String.format(Locale.ROOT, "%.2e", v);
        int e = s.indexOf('e');
        int exponent = Integer.parseInt(s.substring(e + 1));
        return s.substring(0, e) + "×10<sup>" + exponent + "</sup>";
    }

    static String integer(long v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', '\u202f');
    }

    static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /**
     * A table row of data cells; {@code align} has one letter per cell, 'l' for left-aligned text,
     * anything else for right-aligned numbers.
     */
    static String row(String align, List<String> cells) {
        StringBuilder s = new StringBuilder("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            boolean left = i < align.length() && align.charAt(i) == 'l';
            s.append(left ? "<td class=\"l\">" : "<td>").append(cells.get(i)).append("</td>");
        }
        return s.append("</tr>\n").toString();
    }
}
