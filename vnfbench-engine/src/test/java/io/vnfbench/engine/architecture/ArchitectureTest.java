package io.vnfbench.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The engine's layering, as drawn in docs/architecture.md. Plain JUnit tests over the rules, so every rule is run and
 * counted by any JUnit runner.
 */
class ArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.vnfbench.engine");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("engineImportsNoJenkinsPicocliOrFabric8", engineImportsNoJenkinsPicocliOrFabric8),
                Arguments.of("onlyRenderUsesJFreeChart", onlyRenderUsesJFreeChart),
                Arguments.of("onlyTheCodecParsesDocuments", onlyTheCodecParsesDocuments),
                Arguments.of("modelDependsOnNothingElseInTheEngine", modelDependsOnNothingElseInTheEngine),
                Arguments.of("planDependsOnlyOnModel", planDependsOnlyOnModel),
                Arguments.of("nothingBelowTheManagerDependsOnIt", nothingBelowTheManagerDependsOnIt),
                Arguments.of("nothingInTheEngineDependsOnItsUseCases", nothingInTheEngineDependsOnItsUseCases),
                Arguments.of("probeDependsOnlyOnModel", probeDependsOnlyOnModel),
                Arguments.of("verifyDependsOnlyOnPlanAndModel", verifyDependsOnlyOnPlanAndModel),
                Arguments.of("trendDependsOnlyOnVerifyPlanAndModel", trendDependsOnlyOnVerifyPlanAndModel),
                Arguments.of("renderDependsOnlyOnTrendVerifyPlanAndModel", renderDependsOnlyOnTrendVerifyPlanAndModel),
                Arguments.of("packagesAreFreeOfCycles", packagesAreFreeOfCycles));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldFollowTheLayering(String name, ArchRule rule) {
        org.assertj.core.api.Assertions.assertThat(engine.size()).as("engine classes imported").isGreaterThan(100);
        rule.check(engine);
    }

    static final ArchRule engineImportsNoJenkinsPicocliOrFabric8 = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..", "picocli..", "io.fabric8..")
            .because("the engine runs without Jenkins, the CLI and Kubernetes (docs/architecture.md)");

    static final ArchRule onlyRenderUsesJFreeChart = noClasses().that().resideOutsideOfPackage("io.vnfbench.engine.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
            .because("charts are drawn in one place");

    static final ArchRule onlyTheCodecParsesDocuments = noClasses().that()
            .resideOutsideOfPackage("io.vnfbench.engine.model.codec..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.ObjectMapper")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.yaml.snakeyaml..")
            .because("only the model codec builds a parser");

    static final ArchRule modelDependsOnNothingElseInTheEngine = noClasses().that()
            .resideInAPackage("io.vnfbench.engine.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.vnfbench.engine.plan..", "io.vnfbench.engine.run..", "io.vnfbench.engine.env..",
                    "io.vnfbench.engine.probe..", "io.vnfbench.engine.verify..", "io.vnfbench.engine.trend..",
                    "io.vnfbench.engine.render..");

    static final ArchRule planDependsOnlyOnModel = noClasses().that().resideInAPackage("io.vnfbench.engine.plan..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.vnfbench.engine.run..", "io.vnfbench.engine.env..", "io.vnfbench.engine.probe..",
                    "io.vnfbench.engine.verify..", "io.vnfbench.engine.trend..", "io.vnfbench.engine.render..");

    static final ArchRule nothingBelowTheManagerDependsOnIt = noClasses().that()
            .resideInAnyPackage("io.vnfbench.engine.model..", "io.vnfbench.engine.plan..", "io.vnfbench.engine.env..",
                    "io.vnfbench.engine.probe..", "io.vnfbench.engine.verify..", "io.vnfbench.engine.trend..",
                    "io.vnfbench.engine.render..")
            .should().dependOnClassesThat().resideInAPackage("io.vnfbench.engine.run..")
            .because("the Manager orchestrates the other packages; none of them calls back into it");

    static final ArchRule nothingInTheEngineDependsOnItsUseCases = noClasses().that()
            .resideOutsideOfPackage("io.vnfbench.engine.session..")
            .should().dependOnClassesThat().resideInAPackage("io.vnfbench.engine.session..")
            .because("the session package is the engine's top: the front ends call it, it calls the rest");

    static final ArchRule probeDependsOnlyOnModel = noClasses().that().resideInAPackage("io.vnfbench.engine.probe..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vnfbench.engine.plan..", "io.vnfbench.engine.env..",
                    "io.vnfbench.engine.verify..", "io.vnfbench.engine.trend..", "io.vnfbench.engine.render..");

    static final ArchRule verifyDependsOnlyOnPlanAndModel = noClasses().that()
            .resideInAPackage("io.vnfbench.engine.verify..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vnfbench.engine.env..",
                    "io.vnfbench.engine.probe..", "io.vnfbench.engine.trend..", "io.vnfbench.engine.render..");

    static final ArchRule trendDependsOnlyOnVerifyPlanAndModel = noClasses().that()
            .resideInAPackage("io.vnfbench.engine.trend..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vnfbench.engine.env..",
                    "io.vnfbench.engine.probe..", "io.vnfbench.engine.render..");

    static final ArchRule renderDependsOnlyOnTrendVerifyPlanAndModel = noClasses().that()
            .resideInAPackage("io.vnfbench.engine.render..")
            .should().dependOnClassesThat().resideInAnyPackage("io.vnfbench.engine.env..",
                    "io.vnfbench.engine.probe..");

    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.vnfbench.engine.(*)..").should().beFreeOfCycles();
}
