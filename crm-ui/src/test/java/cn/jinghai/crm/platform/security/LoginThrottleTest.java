package cn.jinghai.crm.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11, hole 2: failed sign-ins are throttled per account and per client address. */
class LoginThrottleTest {

    @Test
    void anAccount_waitsAfterItsFailures_othersDoNot() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), 1000, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore("anna", "10.0.0." + i)).isNull();
            throttle.failed("anna", "10.0.0." + i);
        }
        Duration wait = throttle.waitBefore("anna", "10.0.0.99");
        assertThat(wait).as("from any address").isNotNull().isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitBefore("bert", "10.0.0.1")).isNull();
    }

    @Test
    void anAddress_waitsAfterItsFailures_overAnyAccounts() {
        LoginThrottle throttle = new LoginThrottle(1000, Duration.ofMinutes(15), 4, Duration.ofMinutes(10));
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.waitBefore("user" + i, "203.0.113.7")).isNull();
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.waitBefore("someone-else", "203.0.113.7")).isNotNull().isPositive();
        assertThat(throttle.waitBefore("someone-else", "203.0.113.8")).isNull();
        assertThat(throttle.waitBefore("someone-else", null)).as("no address known").isNull();
    }

    @Test
    void onlyFailuresCount() {
        LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15), 2, Duration.ofMinutes(10));
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.waitBefore("busy", "192.0.2.1")).isNull();
        }
    }
}
