package cn.jinghai.crm.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The three modules' boundaries, checked over all of them together: the domain knows neither read
 * models nor the application; read models never reach into the application; no cycles between the
 * feature packages of any module.
 */
@AnalyzeClasses(packages = "cn.jinghai.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleStructureTest {

    private static final String[] DOMAIN = {"cn.jinghai.crm.common..", "cn.jinghai.crm.lead..", "cn.jinghai.crm.unit..",
            "cn.jinghai.crm.target..", "cn.jinghai.crm.chain..", "cn.jinghai.crm.referral..", "cn.jinghai.crm.ambassador..",
            "cn.jinghai.crm.relocation.."};

    @ArchTest
    static final ArchRule domainKnowsNoReadModelsNorApplication = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinghai.crm.projections..",
                    "cn.jinghai.crm.web..", "cn.jinghai.crm.platform..");

    @ArchTest
    static final ArchRule readModelsDoNotReachIntoTheApplication = noClasses().that()
            .resideInAPackage("cn.jinghai.crm.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinghai.crm.web..", "cn.jinghai.crm.platform..");

    @ArchTest
    static final ArchRule readModelsUseNoSpringData = noClasses().that().resideInAPackage("cn.jinghai.crm.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..");

    @ArchTest
    static final ArchRule noCyclesBetweenReadModels = slices().matching("cn.jinghai.crm.projections.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenWebFeatures = slices().matching("cn.jinghai.crm.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInThePlatform = slices().matching("cn.jinghai.crm.platform.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformDoesNotDependOnFeatures = noClasses().that().resideInAPackage("cn.jinghai.crm.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinghai.crm.web..", "cn.jinghai.crm.projections..");
}
