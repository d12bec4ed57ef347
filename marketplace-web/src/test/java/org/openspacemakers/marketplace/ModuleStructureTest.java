package org.openspacemakers.marketplace;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boundaries of docs/architecture.md, checked on the compiled classes of the three Maven
 * modules: compliance depends on nothing of ours, its entities and repositories stay inside it,
 * the core knows nothing of the web or of HTTP, the feature packages do not depend on each other
 * in a cycle, and the web reaches the modules through their services only.
 */
class ModuleStructureTest {

    private static final String ROOT = "org.openspacemakers.marketplace";

    /** The compliance Maven module: its API package, its internals, and the refusal kinds every module shares. */
    private static final String[] COMPLIANCE_MODULE = {ROOT + ".compliance", ROOT + ".compliance.dossier..",
            ROOT + ".compliance.review..", ROOT + ".compliance.register..", ROOT + ".refusal.."};

    private static final String[] COMPLIANCE_INTERNALS = {ROOT + ".compliance.dossier..", ROOT + ".compliance.review..",
            ROOT + ".compliance.register.."};

    /** The core Maven module's feature packages (their {@code web} sub-packages live in marketplace-web). */
    private static final String[] CORE_MODULE = {ROOT + ".account..", ROOT + ".catalog..", ROOT + ".order..",
            ROOT + ".notification..", ROOT + ".storage..", ROOT + ".embedded..", ROOT + ".database..", ROOT + ".tax..",
            ROOT + ".invoice..", ROOT + ".payment..",
            ROOT + ".cart..", ROOT + ".shipping..", ROOT + ".privacy..", ROOT + ".books..", ROOT + ".donation.."};

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void complianceDependsOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage(COMPLIANCE_MODULE)
                .should().dependOnClassesThat().resideInAnyPackage(CORE_MODULE)
                .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + ".system..", ROOT + "..web..")
                .check(ALL);
    }

    @Test
    void complianceEntitiesAndRepositoriesStayInsideIt() {
        noClasses().that().resideOutsideOfPackages(COMPLIANCE_INTERNALS).and().resideOutsideOfPackage(ROOT + ".compliance")
                .should().dependOnClassesThat().resideInAnyPackage(COMPLIANCE_INTERNALS)
                .check(ALL);
    }

    @Test
    void theCoreKnowsNothingOfTheWebNorOfHttp() {
        noClasses().that().resideInAnyPackage(CORE_MODULE).and().resideOutsideOfPackage("..web..")
                .or().resideInAnyPackage(COMPLIANCE_MODULE)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".system..", "..web..",
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .check(ALL);
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        // The classes already imported, less the web's: its controllers reach across the feature packages.
        JavaClasses domain = ALL.that(DescribedPredicate.not(resideInAPackage("..web..")));
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(domain);
    }

    @Test
    void theWebReachesTheModulesThroughTheirServicesNotTheirRepositories() {
        noClasses().that().resideInAnyPackage("..web..", ROOT + ".system..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(simpleNameEndingWith("Repository")))
                .check(ALL);
    }

    @Test
    void controllersAreNotPartOfAnyApi() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(ALL);
    }
}
