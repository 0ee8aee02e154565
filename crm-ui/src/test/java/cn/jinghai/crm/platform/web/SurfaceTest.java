package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import jakarta.servlet.SessionTrackingMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, hole 7: a Content-Security-Policy on pages and API answers, the session tracked by
 * cookie only (no {@code ;jsessionid=} in a redirect), and unknown API paths answered 404 JSON.
 */
class SurfaceTest extends AppTestBase {

    @Test
    void pagesAndApiAnswers_carryAContentSecurityPolicy() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'",
                "base-uri 'self'");
        assertThat(as("admin", "GET", "/api/me", null).header("Content-Security-Policy")).contains("default-src 'none'",
                "frame-ancestors 'none'");
    }

    @Autowired
    private WebApplicationContext context;

    @Test
    void theSessionIsTrackedByCookieOnly_noIdInARedirect() throws Exception {
        assertThat(context.getServletContext().getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        HttpResponse<String> redirect = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dashboard")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).contains("/login").doesNotContainIgnoringCase("jsessionid");
        assertThat(redirect.body()).doesNotContainIgnoringCase("jsessionid=");
    }

    @Test
    void unknownApiPaths_are404Json_notTheWebPage() {
        for (String path : new String[]{"/api/no-such-thing", "/api/leads/x/y/z/w", "/api/"}) {
            TestApi.Response get = as("admin", "GET", path, null);
            assertThat(get.status()).as(path + " " + get).isEqualTo(404);
            assertThat(get.header("Content-Type")).startsWith("application/json");
            assertThat(get.text("error")).isEqualTo("NOT_FOUND");
        }
        TestApi.Response post = as("admin", "POST", "/api/no-such-thing", "{}");
        assertThat(post.status()).as(post.toString()).isEqualTo(404);
        assertThat(post.text("error")).isEqualTo("NOT_FOUND");
        TestApi.Response anonymous = api.get("/api/no-such-thing", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void anAcceptWithoutJson_stillGetsJson_neverA500AfterTheWork() throws Exception {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = reportTranche(lead, "ziya", "3000000", "2024-03-03");
        long before = eventCount(lead);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes());
        HttpResponse<String> verified = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/leads/" + lead + "/tranches/" + tranche + "/verify"))
                .header("Authorization", basic).header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(eventCount(lead)).isEqualTo(before + 1);
        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/leads/00000000-0000-0000-0000-000000000000"))
                .header("Authorization", basic).header("Accept", "image/png").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.body()).contains("NOT_FOUND");
    }
}
