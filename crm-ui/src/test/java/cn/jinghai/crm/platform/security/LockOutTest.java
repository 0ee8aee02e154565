package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Concurrently;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, hole 2: a lock, a disabled account or a changed password takes effect on the next
 * request even for a remembered (cached) check; failures count atomically and in a row; repeated
 * failures are throttled with 429.
 */
class LockOutTest extends AppTestBase {

    @Autowired
    private UserAccounts users;

    @Test
    void anAccountNeverLocked_readsAsSuch() {
        // the row mapper once asked wasNull() of the wrong column: every account read as "locked until 1970"
        ensureUser("lock-never", "LEADERSHIP", null);
        assertThat(users.find("lock-never").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void aRememberedCheck_doesNotOutliveALock() {
        ensureUser("lock-cached", "LEADERSHIP", null);
        assertThat(api.get("/api/me", "lock-cached", PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/me", "lock-cached", "wrong-" + i).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", "lock-cached", PASSWORD).status()).as("locked, although the check is remembered").isEqualTo(401);
        assertThat(auditCount("LOGIN_LOCKED", "lock-cached")).isEqualTo(1);
    }

    @Test
    void disablingOrChangingThePasswordInTheStore_takesEffectOnTheNextRequest() {
        // as another instance sharing the store would: straight in the user table
        ensureUser("lock-store", "LEADERSHIP", null);
        assertThat(api.get("/api/me", "lock-store", PASSWORD).status()).isEqualTo(200);
        jdbc.update("UPDATE crm_user SET enabled = FALSE WHERE username = ?", "lock-store");
        assertThat(api.get("/api/me", "lock-store", PASSWORD).status()).as("disabled").isEqualTo(401);
        jdbc.update("UPDATE crm_user SET enabled = TRUE WHERE username = ?", "lock-store");
        assertThat(api.get("/api/me", "lock-store", PASSWORD).status()).as("enabled again").isEqualTo(200);
        jdbc.update("UPDATE crm_user SET locked_until = ? WHERE username = ?", System.currentTimeMillis() + 600_000, "lock-store");
        assertThat(api.get("/api/me", "lock-store", PASSWORD).status()).as("locked elsewhere").isEqualTo(401);
        jdbc.update("UPDATE crm_user SET locked_until = NULL WHERE username = ?", "lock-store");
        jdbc.update("UPDATE crm_user SET password_hash = ? WHERE username = ?",
                new BCryptPasswordEncoder().encode("a-new-password-2"), "lock-store");
        assertThat(api.get("/api/me", "lock-store", PASSWORD).status()).as("the old password").isEqualTo(401);
        assertThat(api.get("/api/me", "lock-store", "a-new-password-2").status()).as("the new password").isEqualTo(200);
    }

    @Test
    void parallelWrongPasswords_lockTheAccount() throws Exception {
        ensureUser("lock-parallel", "LEADERSHIP", null);
        AtomicInteger n = new AtomicInteger();
        List<Integer> statuses = Concurrently.run(40, 1,
                () -> api.get("/api/me", "lock-parallel", "wrong-" + n.incrementAndGet()).status());
        assertThat(statuses).allMatch(s -> s == 401 || s == 429);
        Long lockedUntil = jdbc.queryForObject("SELECT locked_until FROM crm_user WHERE username = ?", Long.class, "lock-parallel");
        assertThat(lockedUntil).as("locked").isNotNull().isGreaterThan(System.currentTimeMillis());
        assertThat(api.get("/api/me", "lock-parallel", PASSWORD).status()).isIn(401, 429);
    }

    @Test
    void failuresCountInARow_aRememberedSuccessResetsThem() {
        ensureUser("lock-row", "LEADERSHIP", null);
        assertThat(api.get("/api/me", "lock-row", PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api.get("/api/me", "lock-row", "wrong-a" + i).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", "lock-row", PASSWORD).status()).as("remembered success").isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(api.get("/api/me", "lock-row", "wrong-b" + i).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", "lock-row", PASSWORD).status()).as("never five in a row").isEqualTo(200);
    }

    @Test
    void repeatedFailuresOnOneAccount_areThrottledWith429AndRetryAfter() {
        ensureUser("lock-throttle", "LEADERSHIP", null);
        TestApi.Response throttled = null;
        for (int i = 0; i < 20 && throttled == null; i++) {
            TestApi.Response r = api.get("/api/me", "lock-throttle", "wrong-" + i);
            assertThat(r.status()).isIn(401, 429);
            if (r.status() == 429) {
                throttled = r;
            }
        }
        assertThat(throttled).as("a 429 within 20 failures").isNotNull();
        assertThat(throttled.text("error")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(throttled.text("message")).isNotBlank();
        assertThat(throttled.json().has("field")).isTrue();
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
        assertThat(api.get("/api/me", "lock-throttle", PASSWORD).status()).as("even the right password waits").isEqualTo(429);
    }

    private int auditCount(String action, String username) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = ? AND username = ?", Integer.class,
                action, username);
        return n == null ? 0 : n;
    }
}
