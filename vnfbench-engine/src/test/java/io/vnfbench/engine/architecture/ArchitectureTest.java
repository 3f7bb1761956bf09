package io.vnfbench.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine's layering, as drawn in docs/architecture.md. */
@AnalyzeClasses(packages = "io.vnfbench.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineImportsNoJenkinsPicocliOrFabric8 = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..", "picocli..", "io.fabric8..")
            .because("the engine runs without Jenkins, the CLI and Kubernetes (docs/architecture.md)");

    @ArchTest
    static final ArchRule onlyRenderUsesJFreeChart = noClasses().that().resideOutsideOfPackage("io.vnfbench.engine.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
            .because("charts are drawn in one place");

    @ArchTest
    static final ArchRule onlyTheCodecParsesDocuments = noClasses().that()
            .resideOutsideOfPackage("io.vnfbench.engine.model.codec..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.ObjectMapper")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.yaml.snakeyaml..")
            .because("only the model codec builds a parser");

    @ArchTest
    static final ArchRule modelDependsOnNothingElseInTheEngine = noClasses().that()
            .resideInAPackage("io.vnfbench.engine.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.vnfbench.engine.plan..", "io.vnfbench.engine.run..", "io.vnfbench.engine.env..",
                    "io.vnfbench.engine.probe..", "io.vnfbench.engine.verify..", "io.vnfbench.engine.trend..",
                    "io.vnfbench.engine.render..");

    @ArchTest
    static final ArchRule planDependsOnlyOnModel = noClasses().that().resideInAPackage("io.vnfbench.engine.plan..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.vnfbench.engine.run..", "io.vnfbench.engine.env..", "io.vnfbench.engine.probe..",
                    "io.vnfbench.engine.verify..", "io.vnfbench.engine.trend..", "io.vnfbench.engine.render..");

    @ArchTest
    static final ArchRule nothingBelowTheManagerDependsOnIt = noClasses().that()
            .resideInAnyPackage("io.vnfbench.engine.model..", "io.vnfbench.engine.plan..", "io.vnfbench.engine.env..",
                    "io.vnfbench.engine.probe..", "io.vnfbench.engine.verify..", "io.vnfbench.engine.trend..",
                    "io.vnfbench.engine.render..")
            .should().dependOnClassesThat().resideInAPackage("io.vnfbench.engine.run..")
            .because("the Manager orchestrates the other packages; none of them calls back into it");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.vnfbench.engine.(*)..").should().beFreeOfCycles();
}
