package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, holes 2 and 7, in a deployment behind TLS ({@code CRM_SECURE_COOKIES=true}) with a
 * tight per-address sign-in throttle: the session cookie is {@code Secure}, every answer carries
 * Strict-Transport-Security, and failures over many names from one address make it wait (429).
 * Its own application context and data folder (the settings differ from the shared one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.servlet.session.cookie.secure=true",
        "crm.security.hsts=true",
        "crm.security.login-throttle.address-failures=4",
        "crm.admin-password=behind-tls-admin-1"})
class BehindTlsTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("crm-tls-test-").toString();
        registry.add("crm.data-dir", () -> dir);
    }

    @Test
    void secureCookieAndHsts_thenFailuresOverManyNamesFromOneAddressWait() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).contains("max-age=31536000"));

        TestApi api = new TestApi("http://127.0.0.1:" + port);
        TestApi.Response me = api.get("/api/me", "admin", "behind-tls-admin-1");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Strict-Transport-Security")).contains("max-age=31536000");

        for (int i = 0; i < 4; i++) {
            assertThat(api.get("/api/me", "guess-" + i, "password-" + i).status()).isEqualTo(401);
        }
        TestApi.Response throttled = api.get("/api/me", "guess-99", "password");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.text("error")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L);
        TestApi.Response admin = api.get("/api/me", "admin", "behind-tls-admin-1");
        assertThat(admin.status()).as("the address waits, whatever the account").isEqualTo(429);
    }
}
