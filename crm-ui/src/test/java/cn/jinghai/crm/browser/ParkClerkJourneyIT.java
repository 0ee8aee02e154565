package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.LeadListPage;
import cn.jinghai.crm.browser.pages.LeadPage;
import cn.jinghai.crm.browser.pages.StageMoveDialog;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A park clerk of ZIYA works a lead from registration to its first funds, through the UI only; the
 * lead's history read through the API shows every step as an event by that clerk.
 */
class ParkClerkJourneyIT extends BrowserTestBase {

    @Test
    void parkClerk_registersMovesRecordsAndReports() {
        String company = "天津子牙浏览器测试有限公司" + System.nanoTime() % 100000;
        signIn("ziya");
        open("leads");
        LeadListPage list = new LeadListPage(driver);
        LeadPage lead = list.register()
                .company(company).project("新能源电池项目")
                .classify("新能源", "自主招商", "市外内资")
                .plannedWan("12500.5")
                .keyProject()
                .save();
        String id = lead.id();
        assertThat(lead.title()).contains(company);
        assertThat(lead.stage()).isEqualTo("线索");
        assertThat(lead.field("planned")).isEqualTo("1.25亿元");
        Browser.screenshot(driver, "leads-lead-page");

        open("leads");
        list = new LeadListPage(driver).search(company).awaitTotal("共 1 条");
        assertThat(list.cells()).contains(company, "新能源电池项目", "线索");
        Browser.screenshot(driver, "leads-list");
        lead = list.open(company);
        assertThat(lead.id()).isEqualTo(id);

        lead.moveTo("NEGOTIATING").save();
        lead = new LeadPage(driver);
        assertThat(lead.stage()).isEqualTo("洽谈");
        StageMoveDialog signing = lead.moveTo("SIGNED");
        assertThat(signing.asksContractedAmount()).isTrue();
        Browser.screenshot(driver, "leads-move-dialog");
        signing.contractedWan("8000").save();
        lead = new LeadPage(driver);
        assertThat(lead.stage()).isEqualTo("签约");
        assertThat(lead.field("contracted")).isEqualTo("8,000.00万元");

        lead = lead.recordActivity("考察", "实地考察厂房选址", "提交投资协议草案", "2099-12-31");
        assertThat(lead.nextStep()).contains("提交投资协议草案", "2099-12-31");
        assertThat(lead.tab("activities")).contains("考察", "实地考察厂房选址");

        lead = lead.reportTranche("3000000", "回单 ZY-2024-001");
        assertThat(lead.tab("tranches")).contains("3000000 CNY", "已上报", "回单 ZY-2024-001");
        List<String> timeline = lead.tab("timeline");
        assertThat(timeline).contains("登记线索", "阶段变更", "跟进记录", "资金到位上报", "ziya");
        Browser.screenshot(driver, "leads-timeline");

        TestApi.Response history = as("ziya", "GET", "/api/leads/" + id + "/history", null);
        assertThat(history.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        for (JsonNode event : history.json()) {
            types.add(event.get("type").asText());
            assertThat(event.get("recordedBy").asText()).isEqualTo("ziya");
        }
        assertThat(types).containsExactly("LeadRegisteredEvent", "LeadStageMovedEvent", "LeadStageMovedEvent",
                "ActivityRecordedEvent", "TrancheReportedEvent");
        JsonNode registered = history.json().get(0).get("data");
        assertThat(registered.get("plannedInvestmentCny").asText()).isEqualTo("125005000");
        assertThat(registered.get("unitCode").asText()).isEqualTo("ZIYA");
        assertThat(history.json().get(2).get("data").get("contractedCny").asText()).isEqualTo("80000000");
    }

    @Test
    void parkClerk_openingAnotherUnitsLead_seesNotFoundAndNothingOfIt() {
        String coopLead = registerLead("coop", "COOP");
        String company = as("coop", "GET", "/api/leads/" + coopLead, null).text("companyName");
        signIn("ziya");
        open("leads/" + coopLead);
        LeadPage page = new LeadPage(driver);
        assertThat(page.notFound()).isTrue();
        assertThat(page.text()).doesNotContain(company);
        open("leads/no-such-lead");
        assertThat(new LeadPage(driver).notFound()).isTrue();
        Browser.screenshot(driver, "leads-not-found");
    }

    @Test
    void leadership_readsTheLeadWithoutWriteButtons() {
        String lead = registerLead("ziya", "ZIYA");
        signIn("leader");
        open("leads");
        assertThat(new LeadListPage(driver).mayRegister()).isFalse();
        open("leads/" + lead);
        LeadPage page = new LeadPage(driver);
        assertThat(page.notFound()).isFalse();
        assertThat(page.mayWork()).isFalse();
    }
}
