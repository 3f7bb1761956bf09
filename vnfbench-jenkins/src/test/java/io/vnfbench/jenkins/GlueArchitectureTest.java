package io.vnfbench.jenkins;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The glue stays an adapter: it reaches the engine only through its use cases ({@code session}), the document model
 * and, for pages, {@code render} — never the Manager, the planner or the gate themselves — and nothing reaches for the
 * Jenkins singleton.
 */
class GlueArchitectureTest {

    /** The module's own compiled classes (importing by package would scan every jar on the test classpath). */
    private static final JavaClasses GLUE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target", "classes"));

    @Test
    void shouldUseOnlyTheEnginesSessionModelAndRender() {
        assertThat(GLUE.size()).as("glue classes imported").isGreaterThan(20);
        noClasses().should().dependOnClassesThat(resideInAPackage("io.vnfbench.engine..")
                        .and(DescribedPredicate.not(resideInAnyPackage("io.vnfbench.engine.session..",
                                "io.vnfbench.engine.model..", "io.vnfbench.engine.render.."))))
                .because("the use cases live in the engine's session package (docs/architecture.md)")
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
