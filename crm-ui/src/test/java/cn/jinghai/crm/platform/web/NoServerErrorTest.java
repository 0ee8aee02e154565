package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage sent to every write endpoint is answered with a client error and the API's error body,
 * never a 500, and records nothing.
 */
class NoServerErrorTest extends AppTestBase {

    private static final List<String> GARBAGE = List.of("", "null", "[]", "{}", "123", "\"text\"", "{\"a\":", "{{}}",
            "{\"companyName\":{\"nested\":[1,2,{\"x\":null}]}}", "[".repeat(2000) + "]".repeat(2000),
            "{\"amount\":\"" + "9".repeat(5000) + "\"}", "{\"stage\":null,\"date\":null}", "\u0000\u0001",
            "{\"reason\":\"" + "长".repeat(5000) + "\"}");

    @Test
    void everyWriteEndpoint_answersGarbageWithAClientError_andRecordsNothing() {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = as("ziya", "POST", "/api/leads/" + lead + "/tranches", java.util.Map.of("amount", "100",
                "currency", "CNY", "rateToCny", "1", "origin", "DOMESTIC_OUTSIDE_CITY", "arrivalDate", "2022-06-01",
                "evidence", "回单")).text("trancheId");
        List<String> posts = List.of("/api/leads", "/api/leads/" + lead + "/stage", "/api/leads/" + lead + "/reassign",
                "/api/leads/" + lead + "/activities", "/api/leads/" + lead + "/tranches",
                "/api/leads/" + lead + "/tranches/" + tranche + "/reject",
                "/api/leads/" + lead + "/tranches/" + tranche + "/reverse", "/api/users", "/api/referrals",
                "/api/referrals/00000000-0000-0000-0000-000000000000/accept",
                "/api/referrals/00000000-0000-0000-0000-000000000000/decline", "/api/ambassadors/amb/rewards",
                "/api/leads/%E2%80%8B/stage", "/api/leads/" + "x".repeat(300) + "/stage");
        List<String> puts = List.of("/api/units/TOWN_GARBAGE", "/api/years/2022/targets", "/api/years/2022/quotas/ZIYA",
                "/api/industry-chains/GARBAGE", "/api/years/99999999999/targets");
        long before = eventCount();
        for (String body : GARBAGE) {
            for (String path : posts) {
                check(api.post(path, "office2", PASSWORD, body), "POST " + path, body);
                check(api.post(path, "amb", PASSWORD, body), "POST(amb) " + path, body);
            }
            for (String path : puts) {
                check(api.put(path, "admin", ADMIN_PASSWORD, body), "PUT " + path, body);
            }
            check(api.patch("/api/leads/" + lead, "ziya", PASSWORD, body), "PATCH lead", body);
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    private static void check(TestApi.Response response, String what, String body) {
        String shown = body.length() > 40 ? body.substring(0, 40) + "…" : body;
        assertThat(response.status()).as(what + " with " + shown + " -> " + response.body()).isBetween(400, 499);
        assertThat(response.json()).as(what + " with " + shown).isNotNull();
        assertThat(response.json().has("error")).as(what + " with " + shown).isTrue();
    }
}
