package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.AmbassadorPage;
import cn.jinghai.crm.browser.pages.NotFoundOrDeniedPage;
import cn.jinghai.crm.browser.pages.Shell;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The honorary investment ambassador's journey: their own page only, a referral submitted and
 * followed, and every staff address answered with the same "not found or not allowed" page.
 */
class AmbassadorJourneyIT extends BrowserTestBase {

    /** Ids that only the staff frame and staff views carry. */
    private static final List<String> STAFF_IDS = List.of("main-nav", "dashboard-view", "referral-form", "ambassador-view");

    @Test
    void ambassador_landsOnTheirPage_submitsAReferral_andSeesItSubmitted() {
        ensureUser("amb-journey", "AMBASSADOR", null);
        Shell shell = signIn("amb-journey");
        assertThat(shell.has("ambassador-view")).isTrue();
        AmbassadorPage page = new AmbassadorPage(driver);
        assertThat(shell.menu()).isEmpty();
        assertThat(page.userShown()).isEqualTo("测试用户 amb-journey");
        assertThat(page.emptyStateShown()).isTrue();
        phoneScreenshot("ambassador-phone", null);

        String company = "天津旅程测试科技有限公司" + System.nanoTime();
        page.submitReferral(company, "", "周经理 13800000000", "有意在静海建设研发中心", "1234.5678");

        assertThat(page.companies()).containsExactly(company);
        assertThat(page.status(company)).isEqualTo("SUBMITTED");
        assertThat(page.statusLabel(company)).isEqualTo("待受理");
        assertThat(page.emptyStateShown()).isFalse();
        assertThat(page.fieldError("referral-company")).isEmpty();
        // the district office receives exactly 1234.5678万元 in yuan
        JsonNode inbox = as("office2", "GET", "/api/referrals?status=SUBMITTED", null).json();
        assertThat(inbox.findValuesAsText("expectedInvestmentCny")).contains("12345678");
        phoneScreenshot("ambassador-phone-referrals", "my-referrals");
    }

    @Test
    void ambassador_typingStaffAddresses_getsTheSameNotFoundPage_withoutAnyStaffContent() {
        ensureUser("amb-journey", "AMBASSADOR", null);
        signIn("amb-journey");
        for (String route : List.of("dashboard", "leads", "funding", "admin/users", "referrals", "leads/board",
                "leads/00000000-0000-0000-0000-000000000000", "admin/rewards", "dashboard/restatement", "no-such-page")) {
            open(route);
            NotFoundOrDeniedPage denied = new NotFoundOrDeniedPage(driver);
            assertThat(denied.title()).as(route).isEqualTo("页面不存在或无权访问");
            assertThat(denied.homeLinkText()).isEqualTo("返回我的页面");
            for (String id : STAFF_IDS) {
                assertThat(denied.has(id)).as(route + " shows no #" + id).isFalse();
            }
            assertThat(denied.menu()).isEmpty();
            assertThat(denied.showsStaffFrame()).as(route).isFalse();
        }
        new NotFoundOrDeniedPage(driver).goHome();
        AmbassadorPage home = new AmbassadorPage(driver);
        assertThat(home.path()).isEqualTo("/ambassador");
        assertThat(home.menu()).isEmpty();
    }

    @Test
    void ambassador_followsTheOfficesDecisions_stageAndDeclineReason() {
        ensureUser("amb-follow", "AMBASSADOR", null);
        String accepted = "天津受理测试有限公司" + System.nanoTime();
        String declined = "天津退回测试有限公司" + System.nanoTime();
        String acceptedId = submitByApi("amb-follow", accepted);
        String declinedId = submitByApi("amb-follow", declined);
        assertThat(as("office2", "POST", "/api/referrals/" + acceptedId + "/accept", Map.of("unitCode", "ZIYA",
                "projectName", "研发中心", "industryChain", "HEALTH", "capitalOrigin", "DOMESTIC_OUTSIDE_CITY",
                "plannedInvestmentCny", "100000000", "beijing", false, "highTech", false, "keyProject", false)).status())
                .isEqualTo(200);
        assertThat(as("office2", "POST", "/api/referrals/" + declinedId + "/decline", Map.of("reason", "不属于招商引资项目"))
                .status()).isEqualTo(200);
        // the list is a read model: let it catch up with both decisions first
        await().atMost(Duration.ofSeconds(20)).until(() -> as("amb-follow", "GET", "/api/referrals/mine", null).json()
                .findValuesAsText("status").containsAll(List.of("ACCEPTED", "DECLINED")));

        signIn("amb-follow");
        AmbassadorPage page = new AmbassadorPage(driver);
        page.switchLanguage();
        page = new AmbassadorPage(driver);
        assertThat(page.status(accepted)).isEqualTo("ACCEPTED");
        assertThat(page.detail(accepted)).contains("Project stage: Lead");
        assertThat(page.status(declined)).isEqualTo("DECLINED");
        assertThat(page.detail(declined)).contains("Reason: 不属于招商引资项目");
        page.switchLanguage();
    }

    @Test
    void aWrongCheckCharacter_isShownAtTheCreditCodeBox_andNothingIsListed() {
        ensureUser("amb-typo", "AMBASSADOR", null);
        signIn("amb-typo");
        AmbassadorPage page = new AmbassadorPage(driver);
        page.submitReferral("", "", "", "", "");
        assertThat(page.fieldError("referral-company")).isEqualTo("请填写企业名称");
        page.submitReferral("天津校验位测试有限公司", "91110108551385082A", "王", "了解到的情况", "");
        assertThat(page.fieldError("referral-credit-code")).contains("统一社会信用代码无效");
        assertThat(page.companies()).isEmpty();
    }

    @Test
    void staff_cannotOpenTheAmbassadorsPage() {
        signIn("office2");
        open("ambassador");
        NotFoundOrDeniedPage denied = new NotFoundOrDeniedPage(driver);
        assertThat(denied.homeLinkText()).isEqualTo("返回首页");
        assertThat(denied.has("referral-form")).isFalse();
    }

    @Test
    void theApiRefusesTheAmbassadorEverythingButTheirOwn() {
        ensureUser("amb-journey", "AMBASSADOR", null);
        for (String path : List.of("/api/leads", "/api/units", "/api/tranches", "/api/users", "/api/pipeline",
                "/api/referrals", "/api/years/2022/progress", "/api/ambassadors/amb/standing?year=2022")) {
            assertThat(as("amb-journey", "GET", path, null).status()).as(path).isIn(403, 404);
        }
        assertThat(as("amb-journey", "GET", "/api/referrals/mine", null).status()).isEqualTo(200);
        assertThat(as("amb-journey", "GET", "/api/ambassadors/amb-journey/standing?year=2022", null).status()).isEqualTo(200);
    }

    private String submitByApi(String ambassador, String company) {
        var response = as(ambassador, "POST", "/api/referrals", Map.of("companyName", company, "contact", "联系人",
                "notes", "了解到的情况"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    /**
     * The page as a 375 x 812 phone shows it (device emulation: a headless window is never that narrow),
     * scrolled to the element {@code scrollTo} if given.
     */
    private void phoneScreenshot(String name, String scrollTo) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        try {
            Number width = (Number) chrome.executeScript("return document.documentElement.scrollWidth");
            assertThat(width.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(375);
            if (scrollTo != null) {
                chrome.executeScript("document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -72)", scrollTo);
            }
            Browser.settle(driver);
            Browser.screenshot(driver, name);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
