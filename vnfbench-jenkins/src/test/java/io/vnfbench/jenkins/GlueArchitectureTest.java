package io.vnfbench.jenkins;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The glue stays an adapter: the engine adapter (and the baseline provider implementing the engine interface) talk to the engine, and nothing reaches for the Jenkins singleton. */
class GlueArchitectureTest {

    /** The module's own compiled classes (importing by package would scan every jar on the test classpath). */
    private static final JavaClasses GLUE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target", "classes"));

    @Test
    void shouldReachTheEngineOnlyThroughTheAdapter() {
        noClasses().that().haveNameNotMatching(".*\\.(EngineAdapter|BuildBaselineProvider)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("io.vnfbench.engine..")
                .check(GLUE);
    }

    @Test
    void shouldNotUseJFreeChartOrJacksonDirectly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "com.fasterxml.jackson..", "io.fabric8..")
                .check(GLUE);
    }

    @Test
    void shouldNotCallTheJenkinsSingleton() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jenkins.model.Jenkins").check(GLUE);
    }
}
