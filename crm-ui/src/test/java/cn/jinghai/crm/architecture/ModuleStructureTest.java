package cn.jinghai.crm.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of the three modules, checked over all of them together. A feature ({@code lead},
 * {@code funding}, {@code referral}, …) is a package {@code cn.jinghai.crm.<feature>} whose layers sit
 * in the same places in every feature: the domain ({@code <feature>} and {@code <feature>.api}, in
 * crm-core), the read side ({@code <feature>.readmodel}, in projections), and in crm-ui the use cases
 * ({@code <feature>.application}), the HTTP API ({@code <feature>.web}) and the screens
 * ({@code <feature>.ui}). {@code platform} is the shared technical infrastructure, {@code ui} the
 * shared screen kit (shell, layout, components).
 */
@AnalyzeClasses(packages = "cn.jinghai.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleStructureTest {

    /** The domain packages of crm-core: each feature's aggregate package and its message records. */
    static final String[] DOMAIN = {"cn.jinghai.crm.common..", "cn.jinghai.crm.lead", "cn.jinghai.crm.lead.api..",
            "cn.jinghai.crm.unit", "cn.jinghai.crm.unit.api..", "cn.jinghai.crm.target", "cn.jinghai.crm.target.api..",
            "cn.jinghai.crm.chain", "cn.jinghai.crm.chain.api..", "cn.jinghai.crm.referral",
            "cn.jinghai.crm.referral.api..", "cn.jinghai.crm.ambassador", "cn.jinghai.crm.ambassador.api..",
            "cn.jinghai.crm.relocation", "cn.jinghai.crm.relocation.api.."};

    static final String READ_SIDE = "..readmodel..";
    static final String APPLICATION = "..application..";
    static final String[] ADAPTERS = {"cn.jinghai.crm.*.web..", "cn.jinghai.crm.*.ui..", "cn.jinghai.crm.ui.."};

    @ArchTest
    static final ArchRule domainKnowsOnlyItself = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(READ_SIDE, APPLICATION, "..web..", "..ui..",
                    "cn.jinghai.crm.platform..", "cn.jinghai.crm.projections..", "cn.jinghai.crm.demo..");

    @ArchTest
    static final ArchRule domainKnowsNoFrameworkButAxon = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "com.vaadin..", "jakarta..", "java.sql..", "javax.sql..", "com.fasterxml.jackson.databind..");

    @ArchTest
    static final ArchRule readModelsDoNotReachIntoTheApplication = noClasses().that()
            .resideInAnyPackage(READ_SIDE, "cn.jinghai.crm.projections..")
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, "..web..", "..ui..",
                    "cn.jinghai.crm.platform..", "cn.jinghai.crm.demo..");

    @ArchTest
    static final ArchRule readModelsUseNoSpringData = noClasses().that().resideInAnyPackage(READ_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..");

    @ArchTest
    static final ArchRule controllersNeverUseScreens = noClasses().that().resideInAPackage("cn.jinghai.crm.*.web..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinghai.crm.*.ui..", "cn.jinghai.crm.ui..");

    @ArchTest
    static final ArchRule screensNeverUseControllers = noClasses().that()
            .resideInAnyPackage("cn.jinghai.crm.*.ui..", "cn.jinghai.crm.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinghai.crm.*.web..")
            .because("a screen and an endpoint are two adapters of the same application service");

    @ArchTest
    static final ArchRule adaptersGoThroughTheApplicationServices = noClasses().that().resideInAnyPackage(ADAPTERS)
            .and().resideOutsideOfPackage("cn.jinghai.crm.platform..")
            .should().dependOnClassesThat().belongToAnyOf(CommandGateway.class, QueryGateway.class)
            .orShould().dependOnClassesThat().resideInAPackage("org.axonframework.messaging.responsetypes..")
            .orShould().dependOnClassesThat(simpleNameEndingWith("Command").and(resideInAPackage("cn.jinghai.crm..")))
            .orShould().dependOnClassesThat(simpleNameEndingWith("Query").and(resideInAPackage("cn.jinghai.crm..")))
            .because("a controller or a screen calls its feature's application service, which builds the commands"
                    + " and queries: one use case, one place");

    @ArchTest
    static final ArchRule readinessIsCheckedOnce = noClasses().that().haveNameNotMatching(
                    "cn\\.jinghai\\.crm\\.platform\\.projection\\.ReadinessGuard(\\$.*)?")
            .should().callMethod("cn.jinghai.crm.platform.projection.Projections", "requireReady", String.class.getName())
            .because("queries for figures wait for complete read models where they are dispatched, for every caller");

    @ArchTest
    static final ArchRule applicationServicesKnowNoAdapters = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    /** Between the layers of the features ({@code lead.ui}, {@code relocation.ui}, {@code reports.application}, …). */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("cn.jinghai.crm.(*).(*)..")
            .should().beFreeOfCycles()
            // every layer may use the domain's message records and the platform; cycles are about the rest
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAnyPackage(DOMAIN));

    @ArchTest
    static final ArchRule noCyclesInThePlatform = slices().matching("cn.jinghai.crm.platform.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformDoesNotDependOnFeatures = noClasses().that().resideInAPackage("cn.jinghai.crm.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(READ_SIDE, APPLICATION, "cn.jinghai.crm.*.web..",
                    "cn.jinghai.crm.*.ui..", "cn.jinghai.crm.ui..");
}
