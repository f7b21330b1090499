package na64.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package structure of every module, read from the compiled classes (all modules are on this
 * module's class path): no package depends on itself through others, and the layers point one way
 * (detector description below simulation and reconstruction, reconstruction independent of the
 * simulation and so is the online monitor, simulation independent of the reach and statistics). The poms' enforcer rules check
 * the same at the level of modules.
 */
class LayeringTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("na64");

    @Test
    void everyModuleIsRead() {
        for (String pkg : new String[] {"na64.core", "na64.physics", "na64.detector", "na64.sim", "na64.reco",
                "na64.analysis", "na64.reach", "na64.stats", "na64.monitor", "na64.spark", "na64.cli"}) {
            assertThat(PRODUCTION.stream().filter(c -> c.getPackageName().startsWith(pkg)).count()).as(pkg)
                    .isGreaterThan(5);
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("na64.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void layersPointOneWay() {
        noClasses().that().resideInAPackage("na64.detector..").should().dependOnClassesThat()
                .resideInAnyPackage("na64.sim..", "na64.reco..", "na64.analysis..").check(PRODUCTION);
        noClasses().that().resideInAPackage("na64.reco..").should().dependOnClassesThat()
                .resideInAnyPackage("na64.sim..", "na64.analysis..", "na64.reach..").check(PRODUCTION);
        // the Spark engine is an add-on: nothing below the command line uses it
        noClasses().that().resideInAnyPackage("na64.core..", "na64.physics..", "na64.detector..", "na64.sim..",
                "na64.reco..", "na64.analysis..", "na64.reach..", "na64.stats..", "na64.monitor..").should()
                .dependOnClassesThat().resideInAPackage("na64.spark..").check(PRODUCTION);
        noClasses().that().resideInAPackage("na64.monitor..").should().dependOnClassesThat()
                .resideInAnyPackage("na64.sim..", "na64.analysis..").check(PRODUCTION);
        noClasses().that().resideInAPackage("na64.sim..").should().dependOnClassesThat()
                .resideInAnyPackage("na64.reco..", "na64.analysis..", "na64.reach..", "na64.stats..").check(PRODUCTION);
    }
}
