package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.support.AppTestBase;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, hole 3: the web UI's sign-in form needs its CSRF token, so a page on another site
 * cannot sign a browser into an account of its choosing; the real form (token from the page) works.
 * Hole 2 for the web UI: a signed-in session ends once its account is locked or disabled.
 */
class SignInCsrfTest extends AppTestBase {

    private static final Pattern META = Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");

    @Test
    void aSignInPostWithoutTheToken_isRefused_andSignsNobodyIn() throws Exception {
        ensureUser("csrf-victim", "LEADERSHIP", null);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "csrf-victim", "password", PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = forged.headers().firstValue("Location").orElse("");
        assertThat(forged.statusCode() == 302 && !location.contains("login")).as(forged.statusCode() + " " + location).isFalse();
        assertThat(loginsOf("csrf-victim")).as("no sign-in happened").isZero();

        // the same browser, no page loaded: a token-less POST is refused even with a session
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "csrf-victim", "password", PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        String againLocation = again.headers().firstValue("Location").orElse("");
        assertThat(again.statusCode() == 302 && !againLocation.contains("login")).as(again.statusCode() + " " + againLocation).isFalse();
        assertThat(loginsOf("csrf-victim")).isZero();
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPage_carriesTheToken_andTheFormWithItSignsIn() throws Exception {
        ensureUser("csrf-user", "LEADERSHIP", null);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signIn = signIn(browser, "csrf-user");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
        assertThat(loginsOf("csrf-user")).isEqualTo(1);
    }

    @Test
    void aSignInPageLeftOpenPastItsSession_leadsBackToTheSignInPage_notToA403() throws Exception {
        ensureUser("csrf-stale", "LEADERSHIP", null);
        HttpClient browser = HttpClient.newHttpClient();
        HttpResponse<String> stale = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "csrf-stale", "password", PASSWORD,
                        "_csrf", "a-token-of-a-session-that-ended"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(loginsOf("csrf-stale")).as("nobody signed in").isZero();
    }

    @Test
    void aSignedInSession_endsOnItsNextRequest_onceTheAccountIsLockedOrDisabled() throws Exception {
        ensureUser("session-lock", "LEADERSHIP", null);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(browser, "session-lock").statusCode()).isEqualTo(302);
        assertThat(dashboard(browser).statusCode()).as("signed in").isEqualTo(200);
        // as another instance sharing the store would: straight in the user table
        jdbc.update("UPDATE crm_user SET locked_until = ? WHERE username = ?", System.currentTimeMillis() + 600_000, "session-lock");
        HttpResponse<String> locked = dashboard(browser);
        assertThat(locked.statusCode()).isEqualTo(302);
        assertThat(locked.headers().firstValue("Location").orElse("")).contains("/login");
        jdbc.update("UPDATE crm_user SET locked_until = NULL WHERE username = ?", "session-lock");

        ensureUser("session-off", "LEADERSHIP", null);
        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(other, "session-off").statusCode()).isEqualTo(302);
        assertThat(dashboard(other).statusCode()).isEqualTo(200);
        jdbc.update("UPDATE crm_user SET enabled = FALSE WHERE username = ?", "session-off");
        assertThat(dashboard(other).statusCode()).as("disabled").isEqualTo(302);
    }

    private HttpResponse<String> dashboard(HttpClient browser) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + "/dashboard")).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Loads the sign-in page and posts its form with the page's CSRF token, as the browser does. */
    private HttpResponse<String> signIn(HttpClient browser, String user) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String parameter = null;
        String token = null;
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            if (m.group(1).equals("_csrf_parameter")) {
                parameter = m.group(2);
            } else {
                token = m.group(2);
            }
        }
        assertThat(parameter).as("the page names the token's parameter").isNotNull();
        assertThat(token).as("the page carries a token").isNotBlank();
        return browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", user, "password", PASSWORD, parameter, token)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private int loginsOf(String user) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'LOGIN' AND username = ?", Integer.class, user);
        return n == null ? 0 : n;
    }

    private static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
