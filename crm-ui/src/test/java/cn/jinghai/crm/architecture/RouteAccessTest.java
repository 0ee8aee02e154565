package cn.jinghai.crm.architecture;

import cn.jinghai.crm.ambassador.ui.AmbassadorView;
import cn.jinghai.crm.ui.login.LoginView;
import cn.jinghai.crm.ui.root.RootView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which page, for every route there is and every route added later: each one says
 * which staff roles may open it, and only the ambassador's own page lets an ambassador in
 * (DOMAIN.md: an ambassador sees their referrals and standing, "nothing else of the pipeline").
 * The few routes open to more than named roles are listed here with the reason, so adding one is a
 * decision someone makes, not an accident.
 */
class RouteAccessTest {

    /** Routes without {@code @RolesAllowed}, and why that is safe. */
    private static final Map<Class<?>, String> OPEN_ON_PURPOSE = Map.of(
            LoginView.class, "the sign-in page: anonymous by nature, shows nothing of the data",
            RootView.class, "signed-in users only; forwards each role to its own page, renders nothing");

    private static List<Class<?>> routes;

    @BeforeAll
    static void scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        routes = scanner.findCandidateComponents("cn.jinghai.crm").stream()
                .map(BeanDefinition::getBeanClassName).map(RouteAccessTest::load).toList();
    }

    @Test
    void theScanFindsTheKnownRoutes() {
        assertThat(routes).contains(LoginView.class, RootView.class, AmbassadorView.class);
    }

    @Test
    void everyRouteNamesItsRolesUnlessOpenOnPurpose() {
        Set<String> unnamed = new TreeSet<>();
        for (Class<?> route : routes) {
            if (!OPEN_ON_PURPOSE.containsKey(route) && route.getAnnotation(RolesAllowed.class) == null) {
                unnamed.add(route.getName());
            }
        }
        assertThat(unnamed).as("routes without @RolesAllowed (never @PermitAll on a feature view)").isEmpty();
    }

    @Test
    void noRouteButTheAmbassadorsOwnLetsAnAmbassadorIn() {
        Set<String> open = new TreeSet<>();
        for (Class<?> route : routes) {
            RolesAllowed roles = route.getAnnotation(RolesAllowed.class);
            if (route != AmbassadorView.class && roles != null && Arrays.asList(roles.value()).contains("AMBASSADOR")) {
                open.add(route.getName());
            }
        }
        assertThat(open).as("routes an ambassador may open besides their own page").isEmpty();
    }

    @Test
    void theAmbassadorsPageIsForAmbassadorsOnly() {
        assertThat(AmbassadorView.class.getAnnotation(RolesAllowed.class).value()).containsExactly("AMBASSADOR");
        assertThat(AmbassadorView.class.getAnnotation(Route.class).autoLayout())
                .as("outside the staff frame and its menu").isFalse();
    }

    @Test
    void theOpenRoutesAreExactlyWhatTheyClaim() {
        assertThat(LoginView.class.getAnnotation(AnonymousAllowed.class)).isNotNull();
        assertThat(RootView.class.getAnnotation(PermitAll.class)).isNotNull();
        for (Class<?> route : routes) {
            // a class-level mix would let the most permissive annotation win (Vaadin checks DenyAll, then AnonymousAllowed, PermitAll, RolesAllowed)
            long annotations = Arrays.stream(new Class<?>[] {RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class})
                    .filter(a -> route.isAnnotationPresent(a.asSubclass(java.lang.annotation.Annotation.class))).count();
            assertThat(annotations).as(route.getName() + " has exactly one access annotation").isEqualTo(1);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RouteAccessTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
