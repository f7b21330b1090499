package na64.analysis.select;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import na64.core.InputException;

/**
 * One cut of a selection: a variable compared with a value ({@code <, <=, >, >=, ==, !=}) or a
 * range ({@code between, outside}). In a selection file:
 *
 * <pre>
 * - name: E_ECAL &lt; 50 GeV      # optional; derived from the cut if left out
 *   variable: ecal_energy
 *   op: "&lt;"
 *   value: 50
 * - variable: srd_energy
 *   op: between
 *   range: [0.001, 0.120]
 * - name: E_ECAL &lt; E0 / 2      # an energy cut in units of the study's beam energy E0
 *   variable: ecal_energy
 *   op: "&lt;"
 *   value: 0.5
 *   unit: E0
 * </pre>
 *
 * A cut in units of E0 is resolved once, by {@link #atBeamEnergy}, so that a selection follows
 * the study's one beam energy; only then can it be compiled.
 *
 * @param name     label in the cut flow
 * @param variable a name from {@link Variables}
 * @param op       the comparison
 * @param value    the value of a comparison (not with a range)
 * @param range    [lo, hi] for {@code between} and {@code outside}
 * @param unit     null: the variable's own unit; {@value #BEAM_ENERGY_UNIT}: fractions of the beam energy (GeV variables only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cut(String name, String variable, Op op, Double value, List<Double> range, String unit) {

    /** The unit of a cut given as fractions of the beam energy. */
    public static final String BEAM_ENERGY_UNIT = "E0";

    public Cut {
        if (variable == null) {
            throw new InputException("variable", "missing required key 'variable'; allowed variables: "
                    + String.join(", ", Variables.names()));
        }
        if (!Variables.exists(variable)) {
            throw new InputException("variable", "variable '" + variable + "' is unknown; allowed: "
                    + String.join(", ", Variables.names()));
        }
        if (op == null) {
            throw new InputException("op", "missing required key 'op' (one of <, <=, >, >=, ==, !=, between, outside)");
        }
        if (op.takesRange()) {
            if (value != null) {
                throw new InputException("value", "op '" + op + "' takes 'range: [lo, hi]', not 'value'");
            }
            if (range == null || range.size() != 2 || range.get(0) == null || range.get(1) == null) {
                throw new InputException("range", "op '" + op + "' needs 'range: [lo, hi]' (two numbers)");
            }
            if (!Double.isFinite(range.get(0)) || !Double.isFinite(range.get(1)) || range.get(0) > range.get(1)) {
                throw InputException.outOfRange("range", range, "two finite numbers lo <= hi");
            }
            range = List.copyOf(range);
        } else {
            if (range != null) {
                throw new InputException("range", "op '" + op + "' takes 'value', not 'range' (range is for between, outside)");
            }
            if (value == null) {
                throw new InputException("value", "op '" + op + "' needs 'value: <number>'");
            }
            if (!Double.isFinite(value)) {
                throw InputException.outOfRange("value", value, "a finite number");
            }
        }
        checkUnit("unit", variable, unit);
        if (name == null || name.isBlank()) {
            name = describe(variable, op, value, range, unit);
        }
    }

    /**
     * The rule for a {@code unit} key (cuts, the study's side band): absent, or {@value #BEAM_ENERGY_UNIT}
     * on a variable in GeV; else an error naming {@code field}.
     */
    public static void checkUnit(String field, String variable, String unit) {
        if (unit == null) {
            return;
        }
        if (!unit.equals(BEAM_ENERGY_UNIT)) {
            throw InputException.unknown(field, unit, List.of(BEAM_ENERGY_UNIT + " (fractions of the beam energy; "
                    + "leave " + field + " out for the variable's own unit)"));
        }
        if (!Variables.get(variable).unit().equals("GeV")) {
            throw new InputException(field, field + " " + unit + " (fractions of the beam energy) needs an energy variable in GeV; "
                    + variable + " is in " + Variables.get(variable).unit());
        }
    }

    /** A comparison with a value. */
    public static Cut of(String variable, Op op, double value) {
        return new Cut(null, variable, op, value, null, null);
    }

    /** A range cut ({@code between} or {@code outside}). */
    public static Cut range(String variable, Op op, double lo, double hi) {
        return new Cut(null, variable, op, null, List.of(lo, hi), null);
    }

    public Cut named(String newName) {
        return new Cut(newName, variable, op, value, range, unit);
    }

    /** Whether the values are fractions of the beam energy still to be resolved. */
    public boolean inBeamEnergyUnits() {
        return unit != null;
    }

    /** The cut with fractions of the beam energy turned into GeV (unchanged if it has none). */
    public Cut atBeamEnergy(double beamEnergy) {
        if (unit == null) {
            return this;
        }
        return new Cut(name, variable, op, value == null ? null : BeamEnergyFraction.times(value, beamEnergy),
                range == null ? null : List.of(BeamEnergyFraction.times(range.get(0), beamEnergy), BeamEnergyFraction.times(range.get(1), beamEnergy)), null);
    }

    public double lo() {
        return range.get(0);
    }

    public double hi() {
        return range.get(1);
    }

    /** The condition in SQL; true only when the variable is present and passes. */
    public String sql(Dialect dialect) {
        if (unit != null) {
            throw new IllegalStateException("cut '" + name + "' is in units of " + unit + ": resolve the selection at the beam energy first");
        }
        String x = Variables.get(variable).expr().sql(dialect);
        return switch (op) {
            case LT -> x + " < " + Expr.literal(value);
            case LE -> x + " <= " + Expr.literal(value);
            case GT -> x + " > " + Expr.literal(value);
            case GE -> x + " >= " + Expr.literal(value);
            case EQ -> x + " = " + Expr.literal(value);
            case NE -> x + " <> " + Expr.literal(value);
            case BETWEEN -> x + " BETWEEN " + Expr.literal(lo()) + " AND " + Expr.literal(hi());
            case OUTSIDE -> "(" + x + " < " + Expr.literal(lo()) + " OR " + x + " > " + Expr.literal(hi()) + ")";
        };
    }

    private static String describe(String variable, Op op, Double value, List<Double> range, String inUnit) {
        String unit = inUnit != null ? inUnit : Variables.get(variable).unit();
        String u = unit.isEmpty() ? "" : " " + unit;
        return switch (op) {
            case BETWEEN -> fmt(range.get(0)) + " <= " + variable + " <= " + fmt(range.get(1)) + u;
            case OUTSIDE -> variable + " outside [" + fmt(range.get(0)) + ", " + fmt(range.get(1)) + "]" + u;
            default -> variable + " " + op + " " + fmt(value) + u;
        };
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
