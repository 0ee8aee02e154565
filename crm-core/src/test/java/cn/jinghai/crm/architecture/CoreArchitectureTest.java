package cn.jinghai.crm.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** crm-core is the domain only: no persistence technology, no UI, no Spring, no cycles between features. */
@AnalyzeClasses(packages = "cn.jinghai.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noPersistenceOrUiTechnology = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "com.vaadin..", "jakarta.persistence..",
                    "java.sql..", "javax.sql..")
            .because("crm-core holds the domain (aggregates, commands, events) and nothing else");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("cn.jinghai.crm.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiPackagesHoldNoAggregates = noClasses().that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideOutsideOfPackages("..api..", "java..", "org.axonframework..",
                    "com.fasterxml.jackson.annotation..")
            .because("api packages are the public message records every module may use");

    @ArchTest
    static final ArchRule eventsArePastTenseRecords = classes().that().haveSimpleNameEndingWith("Event")
            .and().resideInAPackage("..api..").should().beRecords();

    @ArchTest
    static final ArchRule commandsAreRecords = classes().that().haveSimpleNameEndingWith("Command")
            .and().resideInAPackage("..api..").should().beRecords();
}
