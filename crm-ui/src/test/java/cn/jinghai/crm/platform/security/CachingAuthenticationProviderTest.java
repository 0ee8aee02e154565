package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.common.api.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 11, hole 2 (c): an unknown name, a disabled or a locked account and a wrong password all
 * cost one BCrypt comparison, so the answer's time tells nothing about the account.
 */
class CachingAuthenticationProviderTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final String HASH = BCRYPT.encode("right-password");

    /** Counts comparisons. */
    private static final class CountingEncoder extends BCryptPasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();

        CountingEncoder() {
            super(4);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return super.matches(raw, encoded);
        }
    }

    @Test
    void everyRefusal_costsOneBcryptComparison() {
        UserAccounts users = mock(UserAccounts.class);
        when(users.find(anyString())).thenReturn(Optional.empty());
        when(users.find("off")).thenReturn(Optional.of(account("off", false, null)));
        when(users.find("locked")).thenReturn(Optional.of(account("locked", true, Instant.now().plusSeconds(600))));
        when(users.find("open")).thenReturn(Optional.of(account("open", true, null)));
        when(users.isLocked(any())).thenAnswer(call -> {
            UserAccount user = call.getArgument(0);
            return user.lockedUntil() != null && user.lockedUntil().isAfter(Instant.now());
        });
        CountingEncoder encoder = new CountingEncoder();
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(users, encoder, mock(AuditLog.class),
                new LoginThrottle(1000, Duration.ofMinutes(1), 1000, Duration.ofMinutes(1)));

        for (String[] attempt : new String[][]{{"nobody", "right-password"}, {"off", "right-password"},
                {"locked", "right-password"}, {"open", "wrong-password"}, {"off", "wrong"}, {"locked", "wrong"}}) {
            int before = encoder.matches.get();
            assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(attempt[0], attempt[1])))
                    .as(attempt[0]).isInstanceOf(AuthenticationException.class);
            assertThat(encoder.matches.get() - before).as(attempt[0] + "/" + attempt[1]).isEqualTo(1);
        }
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("open", "right-password"))
                .isAuthenticated()).isTrue();
    }

    private static UserAccount account(String name, boolean enabled, Instant lockedUntil) {
        return new UserAccount(name, HASH, name, Role.LEADERSHIP, null, enabled, 0, lockedUntil);
    }
}
