package na64.physics.brem.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import na64.physics.brem.Approximation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.brem.KFactors;
import na64.physics.material.Element;
import na64.physics.material.Elements;

/**
 * Prints (markdown) the comparison of na64's dark-bremsstrahlung totals with published and reference numbers
 * beyond the unit tests: the tables of docs/validation.md, "Dark bremsstrahlung against published cross sections".
 * Run from the repository root after {@code mvn -B -q -pl na64-physics -am test-compile}:
 * <pre>
 *   java -cp na64-physics/target/test-classes:na64-physics/target/classes:na64-core/target/classes:\
 *     $HOME/.m2/repository/org/hipparchus/hipparchus-core/4.0.3/hipparchus-core-4.0.3.jar \
 *     na64.physics.brem.validation.BremValidation
 * </pre>
 * (about 15 s on one core).
 */
public final class BremValidation {
    private static final Element PB = Elements.get("Pb");
    private static final Element CU = Elements.get("Cu");
    private static final double[] DETAIL_MASSES = {1e-6, 1e-4, 1e-3, 2e-3, 0.01, 0.1, 1.0, 3.0};
    private static final double[] WW_MASSES = {0.002, 0.01, 0.1, 1.0};
    private static final double[] WW_ENERGIES = {20, 50, 100, 150};
    /** Masses [GeV] from which K varies strongly with E0 (K-interpolation table split). */
    private static final double HEAVY = 0.5;

    private BremValidation() {
    }

    public static void main(String[] args) {
        dmg4Tables();
        electronFullWw();
        kFactorInterpolation();
        muonIntegrator();
        muonMadGraph();
    }

    /** A: na64 ETL against DMG4's own reference tables, all energies and mediators. */
    private static void dmg4Tables() {
        System.out.println("### A. na64 ETL / DMG4 reference ETL - 1 [%], e- on Pb, eps = 1e-4\n");
        System.out.println("| mediator | points | largest deviation | where (m, E0) | largest off the K-table edges |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (Mediator mediator : Mediator.values()) {
            Dmg4EtlTable table = Dmg4EtlTable.load(mediator);
            DarkBrem etl = DarkBrem.of(Lepton.ELECTRON, mediator, Approximation.ETL, FluxModel.ELASTIC);
            double worst = 0;
            double worstInside = 0;
            String where = "";
            int points = 0;
            for (int i = 0; i < table.massesGeV().length; i++) {
                for (int j = 0; j < table.energies().length; j++) {
                    double dev = deviation(etl, table, i, j);
                    points++;
                    if (Math.abs(dev) > Math.abs(worst)) {
                        worst = dev;
                        where = fmt("%s GeV, %s GeV", num(table.massesGeV()[i]), num(table.energies()[j]));
                    }
                    if (!table.onKFactorEdge(i, j) && Math.abs(dev) > Math.abs(worstInside)) {
                        worstInside = dev;
                    }
                }
            }
            System.out.println(fmt("| %s | %d | %+.3f | %s | %+.3f |", mediator, points, 100 * worst, where, 100 * worstInside));
        }
        System.out.println();
        System.out.print("| mediator | m [GeV] |");
        double[] energies = Dmg4EtlTable.load(Mediator.VECTOR).energies();
        for (double e : energies) {
            System.out.print(fmt(" %s GeV |", num(e)));
        }
        System.out.println();
        System.out.println("| --- | --- |" + " --- |".repeat(energies.length));
        for (Mediator mediator : Mediator.values()) {
            Dmg4EtlTable table = Dmg4EtlTable.load(mediator);
            DarkBrem etl = DarkBrem.of(Lepton.ELECTRON, mediator, Approximation.ETL, FluxModel.ELASTIC);
            for (double mass : DETAIL_MASSES) {
                int i = indexOf(table.massesGeV(), mass);
                StringBuilder row = new StringBuilder(fmt("| %s | %s |", mediator, num(mass)));
                for (int j = 0; j < energies.length; j++) {
                    row.append(fmt(" %+.3f |", 100 * deviation(etl, table, i, j)));
                }
                System.out.println(row);
            }
        }
        System.out.println();
    }

    private static double deviation(DarkBrem etl, Dmg4EtlTable table, int i, int j) {
        double na64 = etl.totalPb(PB, table.massesGeV()[i], table.energies()[j], Dmg4EtlTable.EPSILON);
        return na64 / table.sigmaPb()[i][j] - 1;
    }

    /** B: na64 IWW and ETL against the numerically integrated full WW double differential, e- on Pb. */
    private static void electronFullWw() {
        System.out.println("### B. e- on Pb, eps = 1e-4: full WW integrated numerically; na64 IWW/WW and ETL/WW\n");
        StringBuilder head = new StringBuilder("| mediator | m [GeV] | sigma_WW at 100 GeV [pb] |");
        for (String ratio : List.of("IWW/WW", "ETL/WW")) {
            for (double e : WW_ENERGIES) {
                head.append(fmt(" %s %s GeV |", ratio, num(e)));
            }
        }
        System.out.println(head);
        System.out.println("| --- | --- | --- |" + " --- |".repeat(2 * WW_ENERGIES.length));
        double worstQuadrature = 0;
        double eps2 = Dmg4EtlTable.EPSILON * Dmg4EtlTable.EPSILON;
        for (Mediator mediator : Mediator.values()) {
            FullWeizsaeckerWilliams ww = new FullWeizsaeckerWilliams(mediator, PhysicalConstants.ELECTRON_MASS,
                    AtomicFormFactor.tsai(PB, false), nucleusMass(PB), 0.3, 1);
            DarkBrem iww = DarkBrem.of(Lepton.ELECTRON, mediator, Approximation.IWW, FluxModel.ELASTIC);
            DarkBrem etl = DarkBrem.of(Lepton.ELECTRON, mediator, Approximation.ETL, FluxModel.ELASTIC);
            for (double m : WW_MASSES) {
                double[] sigma = new double[WW_ENERGIES.length];
                for (int j = 0; j < WW_ENERGIES.length; j++) {
                    sigma[j] = ww.totalPb(m, WW_ENERGIES[j]) * eps2;
                }
                double at100 = ww.totalPb(m, 100) * eps2;
                worstQuadrature = Math.max(worstQuadrature, Math.abs(ww.refined().totalPb(m, 100) * eps2 / at100 - 1));
                StringBuilder row = new StringBuilder(fmt("| %s | %s | %.5g |", mediator, num(m), at100));
                for (int j = 0; j < WW_ENERGIES.length; j++) {
                    row.append(fmt(" %.3f |", iww.totalPb(PB, m, WW_ENERGIES[j], Dmg4EtlTable.EPSILON) / sigma[j]));
                }
                for (int j = 0; j < WW_ENERGIES.length; j++) {
                    row.append(fmt(" %.3f |", etl.totalPb(PB, m, WW_ENERGIES[j], Dmg4EtlTable.EPSILON) / sigma[j]));
                }
                System.out.println(row);
            }
        }
        System.out.println(fmt("%nQuadrature: doubling every panel count changes sigma_WW at 100 GeV by at most %.1e.%n", worstQuadrature));
    }

    /** C: error of the bilinear K interpolation between the table nodes (KFactorSmoothness). */
    private static void kFactorInterpolation() {
        System.out.println("### C. K-factor interpolation: |linear/cubic - 1| at mid-cell [%]\n");
        double[] energies = KFactors.dmg4().energies(Mediator.VECTOR);
        StringBuilder head = new StringBuilder("| mediator | masses |");
        for (int j = 0; j + 1 < energies.length; j++) {
            head.append(fmt(" E0 %s-%s GeV |", num(energies[j]), num(energies[j + 1])));
        }
        System.out.println(head);
        System.out.println("| --- | --- |" + " --- |".repeat(energies.length - 1));
        for (Mediator mediator : Mediator.values()) {
            KFactorSmoothness k = new KFactorSmoothness(KFactors.dmg4(), mediator);
            for (boolean heavy : new boolean[] {false, true}) {
                StringBuilder row = new StringBuilder(fmt("| %s | %s |", mediator, heavy ? "0.5-3 GeV" : "1 MeV-0.4 GeV"));
                for (int j = 0; j + 1 < energies.length; j++) {
                    double worst = 0;
                    double worstMass = 0;
                    for (double m : k.masses()) {
                        double dev = k.alongEnergy(m, j);
                        if ((m >= HEAVY) == heavy && Math.abs(dev) > Math.abs(worst)) {
                            worst = dev;
                            worstMass = m;
                        }
                    }
                    row.append(fmt(" %.2f (%s) |", 100 * Math.abs(worst), num(worstMass)));
                }
                System.out.println(row);
            }
        }
        System.out.println("\nAlong m (cubic in ln m), mass cells where the worst energy exceeds 0.3 %:\n");
        System.out.println("| mediator | m range [GeV]: % (E0 [GeV]) |");
        System.out.println("| --- | --- |");
        for (Mediator mediator : Mediator.values()) {
            KFactorSmoothness k = new KFactorSmoothness(KFactors.dmg4(), mediator);
            double[] masses = k.masses();
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i + 1 < masses.length; i++) {
                double worst = 0;
                double where = 0;
                for (double e0 : energies) {
                    double dev = k.alongMass(i, e0);
                    if (Math.abs(dev) > Math.abs(worst)) {
                        worst = dev;
                        where = e0;
                    }
                }
                if (Math.abs(worst) > 0.003) {
                    cells.append(fmt("%s%s-%s: %.1f (%s)", cells.length() == 0 ? "" : "; ", num(masses[i]), num(masses[i + 1]),
                            100 * Math.abs(worst), num(where)));
                }
            }
            System.out.println(fmt("| %s | %s |", mediator, cells));
        }
        // the one published off-node ETL number (DMG4 DarkPhotons.cc): 3643 pb at 16.7 MeV, 150 GeV
        double m = 0.0167;
        KFactorSmoothness vector = new KFactorSmoothness(KFactors.dmg4(), Mediator.VECTOR);
        double linear = DarkBrem.of(Lepton.ELECTRON, Mediator.VECTOR, Approximation.ETL, FluxModel.ELASTIC).totalPb(PB, m, 150, 1e-4);
        double cubic = linear * KFactors.dmg4().value(Mediator.VECTOR, m, 150) / vector.cubicInLogMass(m, 150);
        System.out.println(fmt("%nDMG4 reference 3643 pb (V, 16.7 MeV, 150 GeV): na64 (linear K) %.1f pb (%+.2f %%), cubic-in-ln-m K %.1f pb (%+.2f %%).%n",
                linear, 100 * (linear / 3643 - 1), cubic, 100 * (cubic / 3643 - 1)));
    }

    /** D: na64's muon WW against the independent integrator, and the effect of its ingredients. */
    private static void muonIntegrator() {
        System.out.println("### D. mu- on Pb, 160 GeV, eps = 1: na64 WW against the independent full-WW integration\n");
        System.out.println("| mediator | m [GeV] | na64 [pb] | independent [pb] | ratio | + inelastic term | theta < 1 rad instead of 0.3 |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Mediator mediator : List.of(Mediator.VECTOR, Mediator.SCALAR)) {
            DarkBrem na64 = DarkBrem.of(Lepton.MUON, mediator, Approximation.WW, FluxModel.ELASTIC);
            FullWeizsaeckerWilliams ww = new FullWeizsaeckerWilliams(mediator, PhysicalConstants.MUON_MASS,
                    AtomicFormFactor.tsai(PB, false), nucleusMass(PB), 0.3, 2);
            for (double m : new double[] {0.01, 0.1, 1.0}) {
                double own = ww.totalPb(m, 160);
                double inelastic = ww.withFormFactor(AtomicFormFactor.tsai(PB, true)).totalPb(m, 160);
                double wide = ww.withMaxAngle(1.0).totalPb(m, 160);
                double sigma = na64.totalPb(PB, m, 160, 1);
                System.out.println(fmt("| %s | %s | %.5g | %.5g | %.5f | %+.2f %% | %+.3f %% |", mediator, num(m), sigma, own,
                        sigma / own, 100 * (inelastic / own - 1), 100 * (wide / own - 1)));
            }
        }
        System.out.println();
    }

    /** E: MadGraph exact tree level, mu- Cu, 1 GeV. */
    private static void muonMadGraph() {
        System.out.println("### E. mu- on Cu, m = 1 GeV, eps = 1: MadGraph/MadEvent (exact tree level) against na64 and full WW\n");
        System.out.println("| E0 [GeV] | runs kept | MadGraph [pb] | na64 [pb] | na64/MG | WW, MG's form factor/MG | WW, Tsai + inelastic/MG |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        DarkBrem na64 = DarkBrem.of(Lepton.MUON, Mediator.VECTOR, Approximation.WW, FluxModel.ELASTIC);
        FullWeizsaeckerWilliams tsai = new FullWeizsaeckerWilliams(Mediator.VECTOR, PhysicalConstants.MUON_MASS,
                AtomicFormFactor.tsai(CU, true), nucleusMass(CU), 1.0, 1);
        FullWeizsaeckerWilliams madGraphLike = tsai.withFormFactor(
                new AtomicFormFactor(CU.z(), CU.massNumber(), PhysicalConstants.MUON_MASS, true));
        for (MadGraphMuonSamples.Point p : MadGraphMuonSamples.load()) {
            double mg = p.sigmaPb();
            double sigma = na64.totalPb(CU, MadGraphMuonSamples.MASS, p.energy(), 1);
            System.out.println(fmt("| %s | %d/%d | %.4g +- %.1f %% | %.4g | %.3f | %.3f | %.3f |", num(p.energy()), p.kept(), p.runs(),
                    mg, 100 * p.errorOfMean() / mg, sigma, sigma / mg,
                    madGraphLike.totalPb(MadGraphMuonSamples.MASS, p.energy()) / mg,
                    tsai.totalPb(MadGraphMuonSamples.MASS, p.energy()) / mg));
        }
        System.out.println();
    }

    private static double nucleusMass(Element element) {
        return element.atomicMass() * PhysicalConstants.ATOMIC_MASS_UNIT;
    }

    private static int indexOf(double[] grid, double value) {
        for (int i = 0; i < grid.length; i++) {
            if (Math.abs(grid[i] / value - 1) < 1e-9) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a table mass: " + value);
    }

    /** A number without trailing zeros (20, 0.002, 0.000001). */
    private static String num(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
