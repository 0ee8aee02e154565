package cn.jinghai.crm.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on its embedded stores (an SQLite file in a fresh folder, the in-process
 * MongoDB-compatible server), called over HTTP. One context is shared by the test classes that
 * extend this, so each test uses its own leads and counts only its own events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTestBase {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "test-password-1";

    private static final Path DATA_DIR = tempDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected TestApi api;

    @DynamicPropertySource
    static void embeddedStores(DynamicPropertyRegistry registry) {
        registry.add("crm.data-dir", DATA_DIR::toString);
        registry.add("crm.admin-password", () -> ADMIN_PASSWORD);
        // every test calls from 127.0.0.1 and many try wrong passwords on purpose: only the per-account
        // throttle is exercised in this shared context (the per-address one has its own tests)
        registry.add("crm.security.login-throttle.address-failures", () -> "100000");
    }

    @BeforeEach
    void connectAndEnsureUsers() {
        api = new TestApi("http://127.0.0.1:" + port);
        ensureUser("office2", "DISTRICT_OFFICE", null);
        ensureUser("ziya", "PARK_TEAM", "ZIYA");
        ensureUser("coop", "PARK_TEAM", "COOP");
        ensureUser("leader", "LEADERSHIP", null);
        ensureUser("amb", "AMBASSADOR", null);
    }

    protected void ensureUser(String username, String role, String unit) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", PASSWORD,
                "displayName", "测试用户 " + username, "role", role));
        if (unit != null) {
            body.put("unitCode", unit);
        }
        TestApi.Response response = api.post("/api/users", "admin", ADMIN_PASSWORD, TestApi.json(body));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    protected TestApi.Response as(String user, String method, String path, Object body, String... headers) {
        String password = "admin".equals(user) ? ADMIN_PASSWORD : PASSWORD;
        return switch (method) {
            case "GET" -> api.get(path, user, password);
            case "POST" -> api.post(path, user, password, body instanceof String s ? s : TestApi.json(body), headers);
            case "PUT" -> api.put(path, user, password, body instanceof String s ? s : TestApi.json(body));
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** Registers a lead as {@code user} and answers its id. */
    protected String registerLead(String user, String unit) {
        TestApi.Response response = as(user, "POST", "/api/leads", Fixtures.lead(unit));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    /** Reports a tranche of {@code amount} yuan (CNY) with the given origin as {@code user}; answers its id. */
    protected String reportTranche(String lead, String user, String amount, String arrival, String origin) {
        TestApi.Response response = as(user, "POST", "/api/leads/" + lead + "/tranches", Map.of("amount", amount,
                "currency", "CNY", "rateToCny", "1", "origin", origin, "arrivalDate", arrival, "evidence", "入账回单"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("trancheId");
    }

    /** Reports a CNY tranche of external domestic capital (市外内资). */
    protected String reportTranche(String lead, String user, String amount, String arrival) {
        return reportTranche(lead, user, amount, arrival, "DOMESTIC_OUTSIDE_CITY");
    }

    /** Verifies a tranche as {@code admin} (district office; never its reporter in these tests). */
    protected void verifyTranche(String lead, String tranche) {
        TestApi.Response response = as("admin", "POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    protected long eventCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
        return n == null ? 0 : n;
    }

    protected long eventCount(String aggregateId) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, aggregateId);
        return n == null ? 0 : n;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("crm-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
