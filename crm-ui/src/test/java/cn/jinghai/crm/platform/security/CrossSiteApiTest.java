package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.FileApi;
import cn.jinghai.crm.support.ListFiles;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, hole 3: a page on another site cannot make a browser that holds Basic credentials
 * verify a tranche or import a list; browsers get no Basic challenge; documented clients (curl:
 * Basic, no Origin) keep working.
 */
class CrossSiteApiTest extends AppTestBase {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFormFromAnotherSite_cannotVerifyATranche() throws Exception {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = reportTranche(lead, "ziya", "1000000", "2024-03-01");
        String path = "/api/leads/" + lead + "/tranches/" + tranche + "/verify";
        long before = eventCount(lead);

        HttpResponse<String> modern = send("POST", path, "admin", ADMIN_PASSWORD, "application/x-www-form-urlencoded", "",
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate",
                "Sec-Fetch-Dest", "document", "Accept", "text/html");
        assertThat(modern.statusCode()).isEqualTo(403);
        assertThat(MAPPER.readTree(modern.body()).get("error").asText()).isEqualTo("FORBIDDEN");

        HttpResponse<String> sameSite = send("POST", path, "admin", ADMIN_PASSWORD, "text/plain", "",
                "Origin", "https://other.127.0.0.1.nip.io", "Sec-Fetch-Site", "same-site");
        assertThat(sameSite.statusCode()).isEqualTo(403);

        HttpResponse<String> oldBrowser = send("POST", path, "admin", ADMIN_PASSWORD, "application/x-www-form-urlencoded", "",
                "Origin", "https://evil.example");
        assertThat(oldBrowser.statusCode()).as("Origin of another site, no Sec-Fetch-Site").isEqualTo(403);

        HttpResponse<String> nullOrigin = send("POST", path, "admin", ADMIN_PASSWORD, "application/x-www-form-urlencoded", "",
                "Origin", "null");
        assertThat(nullOrigin.statusCode()).as("sandboxed frame").isEqualTo(403);

        HttpResponse<String> formWithoutHeader = send("POST", path, "admin", ADMIN_PASSWORD, "application/x-www-form-urlencoded", "",
                "Origin", "http://127.0.0.1:" + port);
        assertThat(formWithoutHeader.statusCode()).as("a browser write without a JSON body needs X-Requested-With").isEqualTo(403);
        assertThat(eventCount(lead)).isEqualTo(before);

        HttpResponse<String> curl = send("POST", path, "admin", ADMIN_PASSWORD, null, null);
        assertThat(curl.statusCode()).as("curl -u admin:… -X POST, no body: " + curl.body()).isEqualTo(200);
        assertThat(eventCount(lead)).isEqualTo(before + 1);
    }

    @Test
    void aBrowserWriteFromTheSameOrigin_withTheHeader_isServed() {
        String lead = registerLead("ziya", "ZIYA");
        String tranche = reportTranche(lead, "ziya", "2000000", "2024-03-02");
        HttpResponse<String> response = send("POST", "/api/leads/" + lead + "/tranches/" + tranche + "/verify", "admin",
                ADMIN_PASSWORD, null, null, "Origin", "http://127.0.0.1:" + port, "X-Requested-With", "XMLHttpRequest");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        TestApi.Response json = as("ziya", "POST", "/api/leads", cn.jinghai.crm.support.Fixtures.lead("ZIYA"),
                "Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "cors");
        assertThat(json.status()).as("a same-origin fetch with a JSON body").isEqualTo(201);
    }

    @Test
    void aMultipartFormFromAnotherSite_cannotImport_butCurlCan() {
        FileApi files = new FileApi("http://127.0.0.1:" + port);
        int n = (int) (System.nanoTime() % 1_000_000);
        byte[] list = ListFiles.csv(List.<List<Object>>of(List.of("企业名称", "计划投资额（万元）", "所属行业"),
                List.of("跨站" + n + "科技有限公司", "100", "新能源汽车")), StandardCharsets.UTF_8, false);
        long before = eventCount();
        TestApi.Response forged = files.upload("/api/imports", "admin", ADMIN_PASSWORD, Map.of("unitCode", "ZIYA"), "a.csv", list,
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate");
        assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
        TestApi.Response oldBrowser = files.upload("/api/imports", "admin", ADMIN_PASSWORD, Map.of("unitCode", "ZIYA"), "a.csv", list,
                "Origin", "http://127.0.0.1:" + port);
        assertThat(oldBrowser.status()).as("multipart from a browser without X-Requested-With").isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
        TestApi.Response curl = files.upload("/api/imports", "admin", ADMIN_PASSWORD, Map.of("unitCode", "ZIYA"), "a.csv", list);
        assertThat(curl.status()).as(curl.toString()).isEqualTo(201);
    }

    @Test
    void browsersGetNoBasicChallenge_otherClientsDo() {
        HttpResponse<String> browser = send("GET", "/api/leads", null, null, null, null,
                "Accept", "text/html,application/xhtml+xml", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Site", "none",
                "Sec-Fetch-Dest", "document");
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> oldBrowser = send("GET", "/api/leads", "admin", "wrong-password-x", null, null,
                "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(oldBrowser.statusCode()).isEqualTo(401);
        assertThat(oldBrowser.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> client = send("GET", "/api/leads", null, null, null, null);
        assertThat(client.statusCode()).isEqualTo(401);
        assertThat(client.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String contentType, String body,
                                      String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
