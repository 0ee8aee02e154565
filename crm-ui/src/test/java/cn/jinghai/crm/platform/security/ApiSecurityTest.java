package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSecurityTest extends AppTestBase {

    @Test
    void unauthenticated_is401WithErrorBody_andRecordsNothing() {
        long before = eventCount();
        TestApi.Response response = api.post("/api/leads", null, null, TestApi.json(Fixtures.lead("ZIYA")));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("error")).isEqualTo("UNAUTHORIZED");
        assertThat(response.text("message")).contains("登录");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void wrongPassword_is401() {
        assertThat(api.get("/api/leads", "ziya", "not-the-password").status()).isEqualTo(401);
        assertThat(api.get("/api/leads", "nobody-at-all", "whatever").status()).isEqualTo(401);
    }

    @Test
    void rolesThatMayNotRegister_are403_andNothingIsRecorded() {
        long before = eventCount();
        for (String user : new String[]{"leader", "amb"}) {
            TestApi.Response response = as(user, "POST", "/api/leads", Fixtures.lead("ZIYA"));
            assertThat(response.status()).as(user).isEqualTo(403);
            assertThat(response.text("error")).isEqualTo("FORBIDDEN");
        }
        TestApi.Response otherUnit = as("coop", "POST", "/api/leads", Fixtures.lead("ZIYA"));
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyTheDistrictOfficeCreatesUsers_andRefusalsAreAudited() {
        int deniedBefore = auditCount("ACCESS_DENIED", "ziya");
        Map<String, Object> body = Map.of("username", "sneaky", "password", "password-123", "displayName", "x",
                "role", "DISTRICT_OFFICE");
        TestApi.Response response = as("ziya", "POST", "/api/users", body);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text("error")).isEqualTo("FORBIDDEN");
        assertThat(auditCount("ACCESS_DENIED", "ziya")).isEqualTo(deniedBefore + 1);
        assertThat(api.get("/api/me", "sneaky", "password-123").status()).isEqualTo(401);
    }

    @Test
    void userCreation_validatesItsInput() {
        assertInvalid(Map.of("username", "pt1", "password", "password-123", "displayName", "园区", "role", "PARK_TEAM"), "unitCode");
        assertInvalid(Map.of("username", "ld1", "password", "password-123", "displayName", "领导", "role", "LEADERSHIP",
                "unitCode", "ZIYA"), "unitCode");
        assertInvalid(Map.of("username", "x", "password", "password-123", "displayName", "短", "role", "LEADERSHIP"), "username");
        assertInvalid(Map.of("username", "shortpw", "password", "1234567", "displayName", "短", "role", "LEADERSHIP"), "password");
        assertInvalid(Map.of("username", "longpw", "password", "密".repeat(25), "displayName", "长", "role", "LEADERSHIP"), "password");
        assertInvalid(Map.of("username", "norole", "password", "password-123", "displayName", "无", "role", "KING"), "role");
        TestApi.Response duplicate = as("admin", "POST", "/api/users",
                Map.of("username", "ziya", "password", "password-123", "displayName", "重复", "role", "PARK_TEAM", "unitCode", "ZIYA"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("error")).isEqualTo("DUPLICATE_USER");
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        TestApi.Response response = as("admin", "POST", "/api/users", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.text("error")).isEqualTo("VALIDATION");
        assertThat(response.text("field")).isEqualTo(field);
    }

    @Test
    void fiveWrongPasswords_lockTheAccount_evenForTheRightPassword() {
        ensureUser("locky", "LEADERSHIP", null);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/me", "locky", "wrong-" + i).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", "locky", PASSWORD).status()).isEqualTo(401);
        assertThat(auditCount("LOGIN_FAILED", "locky")).isEqualTo(5);
        assertThat(auditCount("LOGIN_LOCKED", "locky")).isEqualTo(1);
        TestApi.Response users = as("admin", "GET", "/api/users", null);
        assertThat(users.json().findValues("username").stream().map(n -> n.asText())).contains("locky");
    }

    @Test
    void successfulLogins_areAudited_onceWhileRemembered() {
        ensureUser("auditme", "LEADERSHIP", null);
        int before = auditCount("LOGIN", "auditme");
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/me", "auditme", PASSWORD).status()).isEqualTo(200);
        }
        assertThat(auditCount("LOGIN", "auditme")).isEqualTo(before + 1);
    }

    @Test
    void adminIsBootstrappedWithTheConfiguredPassword() {
        TestApi.Response me = api.get("/api/me", "admin", ADMIN_PASSWORD);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("role")).isEqualTo("DISTRICT_OFFICE");
    }

    @Test
    void healthIsOpenAndUp_andTheOpenApiDocumentIsPublished() {
        TestApi.Response health = api.get("/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        TestApi.Response docs = api.get("/v3/api-docs", null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/leads")).isTrue();
        assertThat(docs.json().get("components").get("schemas").get("ErrorBody").toString())
                .contains("VALIDATION", "NOT_FOUND", "FORBIDDEN", "STALE_VERSION", "DUPLICATE_COMPANY", "ILLEGAL_TRANSITION",
                        "REBUILDING");
    }

    private int auditCount(String action, String username) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = ? AND username = ?", Integer.class,
                action, username);
        return n == null ? 0 : n;
    }

    @Test
    void aRefusalOfTheFilterChain_isAuditedAsEveryOtherRefusal() {
        TestApi.Response refused = as("ziya", "GET", "/actuator/metrics", null);
        assertThat(refused.status()).isEqualTo(403);
        Map<String, Object> entry = jdbc.queryForMap("SELECT username, detail, remote_addr FROM audit_log"
                + " WHERE action = 'ACCESS_DENIED' ORDER BY id DESC LIMIT 1");
        assertThat(entry.get("username")).isEqualTo("ziya");
        assertThat(entry.get("detail")).isEqualTo("GET /actuator/metrics (role)");
        assertThat(entry.get("remote_addr")).isEqualTo("127.0.0.1");
    }
}
