package com.bizosaas.architecture;

import com.bizosaas.access.TenantContext;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape ARCHITECTURE.md asks for, as tests over the compiled main code of every module (jpa, jms, ejb, web): a
 * domain is a package, domains depend on each other one way only, the foundation depends on no domain, and the
 * tenant is never swapped by hand outside the one door. A new domain that breaks one of these fails the build.
 */
class DomainShapeTest {

    /** Packages every domain stands on; they name no domain. */
    private static final String[] FOUNDATION = {"com.bizosaas.access..", "com.bizosaas.errors..", "com.bizosaas.json..",
            "com.bizosaas.paging..", "com.bizosaas.messaging..", "com.bizosaas.datamap..", "com.bizosaas.console..",
            "com.bizosaas.api.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainCode() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.bizosaas");
    }

    @Test
    void domainsDependOnEachOtherOneWayOnly() {
        slices().matching("com.bizosaas.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theAgentsSubDomainsDependOnEachOtherOneWayOnly() {
        // catalogue ← configuration ← tasks ← approvals, monitoring; insights beside tasks
        slices().matching("com.bizosaas.agents.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theFoundationNamesNoDomain() {
        noClasses().that().resideInAnyPackage(FOUNDATION)
                .should().dependOnClassesThat(resideInAPackage("com.bizosaas..").and(not(resideInAnyPackage(FOUNDATION))))
                .check(main);
    }

    @Test
    void tenancyDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("com.bizosaas.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("com.bizosaas.identity..", "com.bizosaas.llm..",
                        "com.bizosaas.agents..", "com.bizosaas.workflows..", "com.bizosaas.vault..", "com.bizosaas.connectors..",
                        "com.bizosaas.platform..")
                .check(main);
    }

    @Test
    void onlyTheCrossTenantDoorAndOffboardingRunAsAnotherTenant() {
        noClasses().that().doNotHaveSimpleName("CrossTenant").and().doNotHaveSimpleName("Offboarding")
                .should().callMethod(TenantContext.class, "runAs", java.util.UUID.class, java.util.function.Supplier.class)
                .check(main);
    }
}
