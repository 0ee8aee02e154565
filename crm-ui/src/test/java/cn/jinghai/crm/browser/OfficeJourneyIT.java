package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.RebuildPage;
import cn.jinghai.crm.browser.pages.ReferralInboxPage;
import cn.jinghai.crm.browser.pages.VerificationQueuePage;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The district office's journey: verifying and rejecting a park team's funding reports (and being
 * kept from deciding one's own), accepting and declining ambassadors' referrals, and rebuilding the
 * read models while watching their progress. Data is set up through the API, results checked on
 * screen and through the API.
 */
class OfficeJourneyIT extends BrowserTestBase {

    @Test
    void office_verifiesAndRejectsAParkTeamsTranches_butNotItsOwnReport() {
        String lead = registerLead("ziya", "ZIYA");
        String first = reportWithEvidence("ziya", lead, "12000000", "回单-001");
        String second = reportWithEvidence("ziya", lead, "3000000", "回单-002");
        String own = reportWithEvidence("office2", lead, "5000000", "回单-003");

        signIn("office2");
        open("funding");
        VerificationQueuePage queue = new VerificationQueuePage(driver).awaitTranche(first).awaitTranche(own);
        Browser.screenshot(driver, "office-funding-queue");

        assertThat(queue.mayVerify(first)).isTrue();
        queue.verify(first);
        assertThat(queue.awaitNotice("已核实")).contains("已核实");
        assertThat(queue.shows(first)).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(trancheStatus(lead, first)).isEqualTo("VERIFIED"));

        queue.reject(second, "凭证金额与银行回单不符");
        assertThat(queue.awaitNotice("已退回")).contains("已退回");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(trancheStatus(lead, second)).isEqualTo("REJECTED"));

        // the office user who reported a tranche may not decide it: the action is disabled and says why
        assertThat(queue.mayVerify(own)).isFalse();
        assertThat(queue.showsOwnReport(own)).isTrue();
        assertThat(as("office2", "POST", "/api/leads/" + lead + "/tranches/" + own + "/verify", "{}").status()).isEqualTo(403);

        queue.filterStatus("已核实").awaitTranche(first);
        Browser.screenshot(driver, "office-funding-verified");
    }

    @Test
    void office_acceptsOneReferralIntoALead_andDeclinesAnother() {
        String accepted = submitReferral("北京锐新医疗科技有限公司");
        String declined = submitReferral("北京远景数据服务有限公司");

        signIn("office2");
        open("referrals");
        ReferralInboxPage inbox = new ReferralInboxPage(driver).awaitReferral(accepted).awaitReferral(declined);
        Browser.screenshot(driver, "office-referrals");

        String leadId = inbox.accept(accepted, "子牙", "医疗器械研发生产基地", "5000");
        assertThat(inbox.lists(accepted)).isFalse();
        TestApi.Response lead = as("office2", "GET", "/api/leads/" + leadId, null);
        assertThat(lead.status()).as(lead.toString()).isEqualTo(200);
        assertThat(lead.json().get("unitCode").asText()).isEqualTo("ZIYA");
        assertThat(lead.json().get("channel").asText()).isEqualTo("AMBASSADOR_REFERRAL");
        assertThat(lead.json().get("plannedInvestmentCny").asText()).isEqualTo("50000000");

        inbox.decline(declined, "项目不符合本区产业定位");
        assertThat(inbox.awaitNotice("已婉拒")).contains("北京远景数据服务有限公司");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(referralStatus(declined)).isEqualTo("DECLINED"));
        assertThat(referralStatus(accepted)).isEqualTo("ACCEPTED");
    }

    @Test
    void office_rebuildsEveryReadModel_andSeesItComplete() {
        registerLead("ziya", "ZIYA");
        signIn("office2");
        open("admin/projections");
        RebuildPage page = new RebuildPage(driver);
        assertThat(page.projections()).contains("figures", "tranche-queue", "referrals");

        page.rebuildAll();
        page.awaitDone("数据重建已完成");
        assertThat(page.anyRebuilding()).isFalse();
        assertThat(page.progress()).allMatch(v -> v == 100.0);
        assertThat(page.states()).allMatch(s -> s.equals("已完成"));
        Browser.screenshot(driver, "office-rebuild");
        assertThat(as("office2", "GET", "/api/years/2022/progress", null).status()).isEqualTo(200);
    }

    private String reportWithEvidence(String user, String lead, String amount, String evidence) {
        TestApi.Response r = as(user, "POST", "/api/leads/" + lead + "/tranches", Map.of("amount", amount,
                "currency", "CNY", "rateToCny", "1", "origin", "DOMESTIC_OUTSIDE_CITY", "arrivalDate", "2022-03-01",
                "evidence", evidence));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("trancheId");
    }

    private String trancheStatus(String lead, String trancheId) {
        JsonNode tranches = as("office2", "GET", "/api/leads/" + lead, null).json().get("tranches");
        for (JsonNode t : tranches) {
            if (trancheId.equals(t.get("trancheId").asText())) {
                return t.get("status").asText();
            }
        }
        return null;
    }

    private String submitReferral(String company) {
        TestApi.Response r = as("amb", "POST", "/api/referrals", Map.of("companyName", company,
                "contact", "张先生", "notes", "有意在静海设立生产基地", "expectedInvestmentCny", "300000000"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("id");
    }

    private String referralStatus(String id) {
        for (JsonNode r : as("office2", "GET", "/api/referrals", null).json()) {
            if (id.equals(r.get("id").asText())) {
                return r.get("status").asText();
            }
        }
        return null;
    }
}
