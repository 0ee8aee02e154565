package cn.jinghai.crm.platform.idempotency;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Concurrently;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on create endpoints (API.md, "Retries"). */
class IdempotencyTest extends AppTestBase {

    @Test
    void sameKeyAndBody_answersTheFirstAnswer_andRecordsNothingNew() {
        String key = UUID.randomUUID().toString();
        String body = TestApi.json(Fixtures.lead("ZIYA"));
        TestApi.Response first = api.post("/api/leads", "ziya", PASSWORD, body, "Idempotency-Key", key);
        long after = eventCount();
        TestApi.Response again = api.post("/api/leads", "ziya", PASSWORD, body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(eventCount()).isEqualTo(after);
    }

    @Test
    void sameKeyWithAnotherBody_is409_andRecordsNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(api.post("/api/leads", "ziya", PASSWORD, TestApi.json(Fixtures.lead("ZIYA")), "Idempotency-Key", key)
                .status()).isEqualTo(201);
        long after = eventCount();
        TestApi.Response other = api.post("/api/leads", "ziya", PASSWORD, TestApi.json(Fixtures.lead("ZIYA")),
                "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("error")).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(eventCount()).isEqualTo(after);
    }

    @Test
    void theSameKeyOfAnotherUser_isAnotherRequest() {
        String key = UUID.randomUUID().toString();
        TestApi.Response ziya = api.post("/api/leads", "ziya", PASSWORD, TestApi.json(Fixtures.lead("ZIYA")), "Idempotency-Key", key);
        TestApi.Response coop = api.post("/api/leads", "coop", PASSWORD, TestApi.json(Fixtures.lead("COOP")), "Idempotency-Key", key);
        assertThat(ziya.status()).isEqualTo(201);
        assertThat(coop.status()).isEqualTo(201);
        assertThat(coop.text("id")).isNotEqualTo(ziya.text("id"));
    }

    @Test
    void aRefusedRequest_storesNoAnswer_soItsRetryCanSucceed() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> lead = Fixtures.lead("ZIYA");
        TestApi.Response refused = api.post("/api/leads", "coop", PASSWORD, TestApi.json(lead), "Idempotency-Key", key);
        assertThat(refused.status()).isEqualTo(403);
        TestApi.Response retried = api.post("/api/leads", "coop", PASSWORD, TestApi.json(Fixtures.with(lead, "unitCode", "COOP")),
                "Idempotency-Key", key);
        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void badKeys_are400() {
        for (String key : List.of("x".repeat(101), "with space")) {
            TestApi.Response response = api.post("/api/leads", "ziya", PASSWORD, TestApi.json(Fixtures.lead("ZIYA")),
                    "Idempotency-Key", key);
            assertThat(response.status()).as(key).isEqualTo(400);
            assertThat(response.text("field")).isEqualTo("Idempotency-Key");
        }
    }

    @Test
    void concurrentRetriesWithOneKey_createOneLead() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = TestApi.json(Fixtures.lead("ZIYA"));
        long before = eventCount();
        List<TestApi.Response> answers = Concurrently.run(8, 1,
                () -> api.post("/api/leads", "ziya", PASSWORD, body, "Idempotency-Key", key));
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(answers.stream().map(r -> r.text("id")).distinct()).hasSize(1);
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void userCreationHonoursTheKeyToo() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> user = Map.of("username", "idem-user", "password", "password-123", "displayName", "幂等",
                "role", "LEADERSHIP");
        TestApi.Response first = api.post("/api/users", "admin", ADMIN_PASSWORD, TestApi.json(user), "Idempotency-Key", key);
        TestApi.Response again = api.post("/api/users", "admin", ADMIN_PASSWORD, TestApi.json(user), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo("idem-user");
    }
}
