package cn.jinghai.crm.ui.shell;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.funding.ui.VerificationQueueView;
import cn.jinghai.crm.lead.ui.LeadListView;
import cn.jinghai.crm.platform.security.AuditLog;
import cn.jinghai.crm.referral.application.ReferralService;
import cn.jinghai.crm.referral.application.ReferralSubmission;
import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import cn.jinghai.crm.ui.support.UiErrors;
import cn.jinghai.crm.user.ui.UsersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.internal.ErrorTargetEntry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * DOMAIN.md: permission refusals are audited, on the screens as on the API. A page the role may not
 * open (navigated to through this application's Vaadin router and navigation access control, on a
 * UI of its Vaadin service, without a browser), and a refusal of the domain behind a screen, each
 * leave exactly one ACCESS_DENIED entry ("UI /funding (role)", the user, the address), written by the
 * same {@link AuditLog#refused} as the API's; the API still writes exactly one per refusal.
 */
class RefusalsAuditedTest extends AppTestBase {

    private static final String ADDRESS = "192.0.2.17";

    @Autowired
    private AuditLog audit;
    @Autowired
    private UiErrors errors;
    @Autowired
    private ReferralService referrals;
    @Autowired
    private AuthenticationManager authentication;
    @Autowired
    private WebApplicationContext web;
    @Autowired
    private ServletRegistrationBean<SpringServlet> vaadinServlet;
    @Autowired
    private NavigationAccessControl accessControl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRefusedPage_isAnsweredByTheAuditingHandler_ofThisApplication() {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()));
        assertThat(routes.getErrorNavigationTarget(new AccessDeniedException()).map(ErrorTargetEntry::getNavigationTarget))
                .contains(DeniedRouteAudit.class);
        // and these pages are refused to these roles (Vaadin's check, as on navigation)
        Authentication park = signIn("ziya");
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        for (Class<?> view : List.of(VerificationQueueView.class, UsersView.class)) {
            assertThat(access.hasAccess(view, park::getName, role -> hasRole(park, role))).as(view.getSimpleName()).isFalse();
        }
        Authentication ambassador = signIn("amb");
        assertThat(access.hasAccess(LeadListView.class, ambassador::getName, role -> hasRole(ambassador, role))).isFalse();
    }

    @Test
    void aParkTeamNavigatingToFunding_throughThisApplicationsRouterAndAccessControl_leavesOneEntry() {
        assertThat(api.get("/login", null, null).status()).isEqualTo(200); // the Vaadin servlet is up
        int before = audit.count(AuditLog.Action.ACCESS_DENIED, "ziya");
        Authentication park = signIn("ziya");
        UI ui = vaadinUi(park);
        try {
            ui.navigate("funding");
            assertThat(ui.getInternals().getActiveRouterTargetsChain()).first().isInstanceOf(NotFoundOrDeniedView.class);
        } finally {
            CurrentInstance.clearAll();
        }
        assertThat(audit.count(AuditLog.Action.ACCESS_DENIED, "ziya")).isEqualTo(before + 1);
        assertThat(lastEntry("ziya")).containsEntry("detail", "UI /funding (role)").containsEntry("remote_addr", ADDRESS);
    }

    @Test
    void aParkTeamOpeningFunding_andAnAmbassadorOpeningLeads_eachLeaveOneEntry() {
        int parkBefore = audit.count(AuditLog.Action.ACCESS_DENIED, "ziya");
        signIn("ziya");
        BeforeEnterEvent funding = navigation("funding");
        int status = new DeniedRouteAudit(audit).setErrorParameter(funding,
                new ErrorParameter<>(AccessDeniedException.class, new AccessDeniedException(), "denied"));

        assertThat(status).isEqualTo(404);
        verify(funding).rerouteToError(any(Class.class), any());
        verify(funding).rerouteToError(NotFoundException.class, "denied");
        assertThat(audit.count(AuditLog.Action.ACCESS_DENIED, "ziya")).isEqualTo(parkBefore + 1);
        assertThat(lastEntry("ziya")).containsEntry("detail", "UI /funding (role)").containsEntry("remote_addr", ADDRESS);

        int ambassadorBefore = audit.count(AuditLog.Action.ACCESS_DENIED, "amb");
        signIn("amb");
        new DeniedRouteAudit(audit).setErrorParameter(navigation("leads"),
                new ErrorParameter<>(AccessDeniedException.class, new AccessDeniedException()));
        assertThat(audit.count(AuditLog.Action.ACCESS_DENIED, "amb")).isEqualTo(ambassadorBefore + 1);
        assertThat(lastEntry("amb")).containsEntry("detail", "UI /leads (role)");
    }

    @Test
    void aDomainRefusalBehindAScreen_leavesOneEntry_howeverOftenTheScreenWordsIt() {
        int before = audit.count(AuditLog.Action.ACCESS_DENIED, "ziya");
        signIn("ziya");
        // a park team's submission through the referral service the ambassador's screen uses: refused by the domain
        Throwable refused = catchRefusal(() -> referrals.submit(new ReferralSubmission("北京拒绝审计测试有限公司", null,
                "刘总", "园区不能推荐", null), null));
        assertThat(UiErrors.refusal(refused)).extracting(DomainException::code).isEqualTo(ErrorCode.FORBIDDEN);

        // a dialog asks for the text, then shows it as a notification: both ask UiErrors
        String text = errors.message(refused, Locale.SIMPLIFIED_CHINESE);
        errors.message(refused, Locale.SIMPLIFIED_CHINESE);

        assertThat(text).isNotBlank();
        assertThat(audit.count(AuditLog.Action.ACCESS_DENIED, "ziya")).isEqualTo(before + 1);
        assertThat(lastEntry("ziya")).containsEntry("detail", "UI / (error.referral.submit.role)")
                .containsEntry("remote_addr", ADDRESS);
    }

    @Test
    void theApi_auditsEachRefusalOnce_inTheSameFormat() {
        int before = audit.count(AuditLog.Action.ACCESS_DENIED, "ziya");
        TestApi.Response response = as("ziya", "POST", "/api/referrals",
                Map.of("companyName", "北京接口拒绝审计测试有限公司", "contact", "刘总", "notes", "园区不能推荐"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(audit.count(AuditLog.Action.ACCESS_DENIED, "ziya")).isEqualTo(before + 1);
        assertThat(lastEntry("ziya")).containsEntry("detail", "POST /api/referrals (error.referral.submit.role)")
                .containsEntry("remote_addr", "127.0.0.1");
    }

    /** Signs {@code user} in on this thread, as Spring Security does for a request, from {@link #ADDRESS}. */
    private Authentication signIn(String user) {
        Authentication signedIn = authentication.authenticate(new UsernamePasswordAuthenticationToken(user, PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setRemoteAddr(ADDRESS);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return signedIn;
    }

    /**
     * A UI of this application's Vaadin service for the signed-in user, with the navigation access
     * control Vaadin's Spring security puts on every UI: what a browser's UI is, without the browser.
     */
    private UI vaadinUi(Authentication user) {
        VaadinServletService service = vaadinServlet.getServlet().getService();
        assertThat(service).isNotNull();
        ReentrantLock lock = new ReentrantLock();
        VaadinSession session = new VaadinSession(service) {
            @Override
            public Lock getLockInstance() {
                return lock;
            }
        };
        session.lock();
        session.setConfiguration(service.getDeploymentConfiguration());
        VaadinService.setCurrent(service);
        VaadinSession.setCurrent(session);
        MockHttpServletRequest http = (MockHttpServletRequest) ((ServletRequestAttributes) RequestContextHolder
                .getRequestAttributes()).getRequest();
        http.setUserPrincipal(user);
        user.getAuthorities().forEach(a -> http.addUserRole(a.getAuthority().replaceFirst("^ROLE_", "")));
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(http, service));
        UI ui = new UI();
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        ui.addBeforeEnterListener(accessControl);
        return ui;
    }

    private static boolean hasRole(Authentication user, String role) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    private static BeforeEnterEvent navigation(String path) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location(path));
        return event;
    }

    private Map<String, Object> lastEntry(String user) {
        return jdbc.queryForMap("SELECT detail, remote_addr FROM audit_log WHERE action = 'ACCESS_DENIED' AND username = ? "
                + "ORDER BY id DESC LIMIT 1", user);
    }

    private static Throwable catchRefusal(Runnable action) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                caught[0] = e;
                throw e;
            }
        }).isNotNull();
        return caught[0];
    }
}
