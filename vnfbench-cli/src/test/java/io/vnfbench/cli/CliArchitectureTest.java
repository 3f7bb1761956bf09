package io.vnfbench.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The command line reaches the engine only through its use cases ({@code session}) and the document model: it
 * reads, plans, runs, gates and reports exactly as the Jenkins step does (docs/architecture.md).
 */
class CliArchitectureTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(Path.of("target", "classes"));

    @Test
    void shouldUseOnlyTheEnginesSessionAndModel() {
        assertThat(CLI.size()).as("command-line classes imported").isGreaterThan(10);
        noClasses().should().dependOnClassesThat(resideInAPackage("io.vnfbench.engine..")
                        .and(DescribedPredicate.not(resideInAnyPackage("io.vnfbench.engine.session..",
                                "io.vnfbench.engine.model.."))))
                .because("the use cases live in the engine's session package (docs/architecture.md)")
                .check(CLI);
    }
}
