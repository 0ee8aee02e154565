package cn.jinghai.crm.referral.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Referrals and reward approvals over HTTP (API.md, "Referrals"). */
class ReferralApiTest extends AppTestBase {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static Map<String, Object> referral(String company) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", company);
        body.put("contact", "刘总 13900000000");
        body.put("notes", "企业计划在京津冀布局第二生产基地，已有初步意向");
        body.put("expectedInvestmentCny", "300000000");
        return body;
    }

    private static Map<String, Object> acceptance(String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("projectName", "智能机器人生产基地");
        body.put("industryChain", "HIGH_END_EQUIPMENT");
        body.put("capitalOrigin", "DOMESTIC_OUTSIDE_CITY");
        body.put("plannedInvestmentCny", "300000000");
        body.put("beijing", true);
        body.put("highTech", true);
        body.put("keyProject", false);
        return body;
    }

    @Test
    void anAmbassadorRefers_theOfficeAccepts_andTheAmbassadorFollowsTheStageOnly() {
        String company = "北京智造机器人有限公司" + System.nanoTime();
        TestApi.Response submitted = as("amb", "POST", "/api/referrals", referral(company));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String id = submitted.text("id");
        await().untilAsserted(() -> assertThat(as("office2", "GET", "/api/referrals?status=SUBMITTED", null).body()).contains(id));

        TestApi.Response accepted = as("office2", "POST", "/api/referrals/" + id + "/accept", acceptance("ZIYA"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String leadId = accepted.text("leadId");
        TestApi.Response lead = as("ziya", "GET", "/api/leads/" + leadId, null);
        assertThat(lead.text("channel")).isEqualTo("AMBASSADOR_REFERRAL");
        assertThat(lead.text("companyName")).isEqualTo(company);
        JsonNode registered = as("office2", "GET", "/api/leads/" + leadId + "/history", null).json().get(0).get("data");
        assertThat(registered.get("referredBy").asText()).isEqualTo("amb");
        assertThat(registered.get("referralId").asText()).isEqualTo(id);

        assertThat(as("ziya", "POST", "/api/leads/" + leadId + "/stage", Map.of("stage", "NEGOTIATING", "date", TODAY))
                .status()).isEqualTo(200);
        await().untilAsserted(() -> {
            JsonNode mine = as("amb", "GET", "/api/referrals/mine", null).json();
            JsonNode entry = null;
            for (JsonNode r : mine) {
                if (r.get("id").asText().equals(id)) {
                    entry = r;
                }
            }
            assertThat(entry).isNotNull();
            assertThat(entry.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(entry.get("stage").asText()).isEqualTo("NEGOTIATING");
            assertThat(entry.has("leadId")).isFalse();
            assertThat(entry.has("unitCode")).isFalse();
        });
        assertThat(as("office2", "POST", "/api/referrals/" + id + "/accept", acceptance("ZIYA")).status()).isEqualTo(409);
    }

    @Test
    void aCompanyReferredTwiceOrAlreadyALead_isADuplicate_revealingNothing() {
        String company = "北京重复推荐测试有限公司" + System.nanoTime();
        ensureUser("amb2", "AMBASSADOR", null);
        String first = as("amb", "POST", "/api/referrals", referral(company)).text("id");
        TestApi.Response second = as("amb2", "POST", "/api/referrals", referral(company));
        assertThat(second.status()).isEqualTo(201);
        String secondId = second.text("id");
        String leadCompany = "北京已有线索公司" + System.nanoTime();
        Map<String, Object> lead = new HashMap<>(cn.jinghai.crm.support.Fixtures.lead("ZIYA"));
        lead.put("companyName", leadCompany);
        lead.remove("creditCode");
        assertThat(as("ziya", "POST", "/api/leads", lead).status()).isEqualTo(201);
        String third = as("amb2", "POST", "/api/referrals", referral(leadCompany)).text("id");

        await().untilAsserted(() -> {
            JsonNode mine = as("amb2", "GET", "/api/referrals/mine", null).json();
            assertThat(mine.toString()).contains(secondId).contains(third).doesNotContain(first).doesNotContain("\"amb\"");
            for (JsonNode r : mine) {
                if (r.get("id").asText().equals(secondId) || r.get("id").asText().equals(third)) {
                    assertThat(r.get("status").asText()).isEqualTo("DUPLICATE");
                }
            }
        });
        assertThat(as("office2", "POST", "/api/referrals/" + secondId + "/accept", acceptance("ZIYA")).status()).isEqualTo(409);
    }

    @Test
    void aReferralWhoseNameHidesACharacter_isRefused_soItCannotEscapeTheDuplicateCheck() {
        String company = "北京零宽字符推荐测试有限公司" + System.nanoTime();
        assertThat(as("amb", "POST", "/api/referrals", referral(company)).status()).isEqualTo(201);
        for (String hidden : List.of("\u200B", "\u200D", "\u2060", "\u00AD", "\uFEFF")) {
            TestApi.Response disguised = as("amb", "POST", "/api/referrals", referral("北京" + hidden + company.substring(2)));
            assertThat(disguised.status()).as(hidden).isEqualTo(400);
            assertThat(disguised.text("field")).isEqualTo("companyName");
        }
        TestApi.Response leadingOverride = as("amb", "POST", "/api/referrals", referral("\u202E" + company));
        assertThat(leadingOverride.status()).isEqualTo(400);
    }

    @Test
    void declineNeedsAReason_andRolesAreEnforced() {
        String id = as("amb", "POST", "/api/referrals", referral("北京退回测试有限公司" + System.nanoTime())).text("id");
        assertThat(as("office2", "POST", "/api/referrals/" + id + "/decline", Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(as("ziya", "POST", "/api/referrals/" + id + "/decline", Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(as("amb", "POST", "/api/referrals/" + id + "/decline", Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(as("office2", "POST", "/api/referrals/" + id + "/decline", Map.of("reason", "不符合产业方向")).status()).isEqualTo(200);
        assertThat(as("office2", "POST", "/api/referrals/" + id + "/accept", acceptance("ZIYA")).status()).isEqualTo(409);
        assertThat(as("ziya", "POST", "/api/referrals", referral("园区不能推荐")).status()).isEqualTo(403);
        assertThat(as("ziya", "GET", "/api/referrals", null).status()).isEqualTo(403);
        assertThat(as("office2", "GET", "/api/referrals/mine", null).status()).isEqualTo(403);
        assertThat(as("amb", "GET", "/api/leads", null).status()).isEqualTo(403);
        assertThat(as("amb", "GET", "/api/units", null).status()).isEqualTo(403);
    }

    @Test
    void aFailedAcceptance_recordsNeitherTheAcceptanceNorTheLead() {
        String id = as("amb", "POST", "/api/referrals", referral("北京原子性测试有限公司" + System.nanoTime())).text("id");
        long before = eventCount();
        Map<String, Object> bad = acceptance("ZIYA");
        bad.put("industryChain", "NO_SUCH_CHAIN");
        TestApi.Response refused = as("office2", "POST", "/api/referrals/" + id + "/accept", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("industryChain");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(as("office2", "POST", "/api/referrals/" + id + "/accept", acceptance("ZIYA")).status()).isEqualTo(200);
    }

    @Test
    void badReferrals_are400() {
        for (Object[] c : new Object[][]{{"companyName", " "}, {"contact", null}, {"notes", ""},
                {"expectedInvestmentCny", "-1"}, {"expectedInvestmentCny", 5.5}, {"creditCode", "123"}}) {
            Map<String, Object> body = referral("北京校验测试有限公司");
            body.put((String) c[0], c[1]);
            TestApi.Response response = as("amb", "POST", "/api/referrals", body);
            assertThat(response.status()).as(c[0] + " -> " + response).isEqualTo(400);
            assertThat(response.text("field")).isEqualTo(c[0]);
        }
    }

    @Test
    void rewardApprovalsAreRecordedByTheOffice_withinTheYearlyCap() {
        ensureUser("amb-reward", "AMBASSADOR", null);
        Map<String, Object> approval = new HashMap<>(Map.of("year", 2022, "amountCny", "3000000", "approvedBy", "区长办公会",
                "documentNo", "静政办〔2022〕45号"));
        TestApi.Response first = as("office2", "POST", "/api/ambassadors/amb-reward/rewards", approval);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.text("id")).isNotBlank();
        approval.put("documentNo", "静政办〔2022〕46号");
        TestApi.Response overCap = as("office2", "POST", "/api/ambassadors/amb-reward/rewards", approval);
        assertThat(overCap.status()).isEqualTo(400);
        assertThat(overCap.text("field")).isEqualTo("amountCny");
        approval.put("amountCny", "2000000");
        assertThat(as("office2", "POST", "/api/ambassadors/amb-reward/rewards", approval).status()).isEqualTo(201);
        assertThat(as("leader", "POST", "/api/ambassadors/amb-reward/rewards", approval).status()).isEqualTo(403);
        assertThat(as("office2", "POST", "/api/ambassadors/ziya/rewards", approval).status()).isEqualTo(404);
    }

    @Test
    void anAmbassadorsStanding_countsVerifiedExternalFundsOfTheirReferredLeads_withTheCappedProposal() {
        ensureUser("amb-standing", "AMBASSADOR", null);
        String company = "北京大使业绩测试有限公司" + System.nanoTime();
        String id = as("amb-standing", "POST", "/api/referrals", referral(company)).text("id");
        String lead = as("office2", "POST", "/api/referrals/" + id + "/accept", acceptance("ZIYA")).text("leadId");
        for (String[] t : new String[][]{{"2000000000", "DOMESTIC_OUTSIDE_CITY"}, {"300000", "WITHIN_CITY"}}) {
            String tranche = as("ziya", "POST", "/api/leads/" + lead + "/tranches", Map.of("amount", t[0], "currency", "CNY",
                    "rateToCny", "1", "origin", t[1], "arrivalDate", "2017-03-01", "evidence", "回单")).text("trancheId");
            assertThat(as("office2", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "").status()).isEqualTo(200);
        }
        assertThat(as("office2", "POST", "/api/ambassadors/amb-standing/rewards", Map.of("year", 2017, "amountCny", "1000000",
                "approvedBy", "区长办公会", "documentNo", "静政〔2017〕1号")).status()).isEqualTo(201);
        await().untilAsserted(() -> {
            TestApi.Response own = as("amb-standing", "GET", "/api/ambassadors/amb-standing/standing?year=2017", null);
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.text("verifiedCny")).isEqualTo("2000000000");
            assertThat(own.text("proposedRewardCny")).as("0.5% is 1000万, capped at 500万").isEqualTo("5000000");
            assertThat(own.text("approvedRewardCny")).isEqualTo("1000000");
        });
        assertThat(as("leader", "GET", "/api/ambassadors/amb-standing/standing?year=2017", null).status()).isEqualTo(200);
        assertThat(as("amb", "GET", "/api/ambassadors/amb-standing/standing?year=2017", null).status()).isEqualTo(404);
        assertThat(as("ziya", "GET", "/api/ambassadors/amb-standing/standing?year=2017", null).status()).isEqualTo(403);
        assertThat(as("office2", "GET", "/api/ambassadors/ziya/standing?year=2017", null).status()).isEqualTo(404);
        assertThat(as("office2", "GET", "/api/ambassadors/amb-standing/standing", null).status()).isEqualTo(400);
    }
}
