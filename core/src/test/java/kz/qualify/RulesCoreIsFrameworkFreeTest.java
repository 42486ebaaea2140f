package kz.qualify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules core is plain Java: no framework, no I/O. It is the part the law rests on. */
class RulesCoreIsFrameworkFreeTest {

    private final com.tngtech.archunit.core.domain.JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qualify");

    @Test
    void rulesCoreDependsOnNoFramework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax..", "tools.jackson..", "com.fasterxml..")
                .because("the rules core must stay plain Java (CONVENTIONS.md 1)")
                .check(core);
    }

    @Test
    void rulesCoreDoesNoInputOrOutput() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..", "java.nio.channels..")
                .because("the evaluator is a pure function of the dossier, the edition and the date")
                .check(core);
    }

    @Test
    void rulesCoreReadsNoClockOrEnvironment() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(System.class, "getenv", String.class)
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.Clock.class, "systemUTC")
                .orShould()
                .callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("the assessment date is an input, never the machine's clock; the statutory clock's"
                        + " \"today\" comes from a Clock its caller passes in")
                .check(core);
    }
}
