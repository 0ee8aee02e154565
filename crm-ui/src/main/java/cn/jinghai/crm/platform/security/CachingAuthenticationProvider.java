package cn.jinghai.crm.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Checks a username and password against the user table with BCrypt, counts failures toward the
 * lock-out, audits every real check, and remembers a successful check briefly so that HTTP Basic
 * clients do not pay a BCrypt hash on every request (API.md).
 * <p>What is remembered is only "this password matched this stored hash" (the key holds an HMAC
 * of the password under a key made at start-up, never the password itself). Every request still
 * reads the account's row (one primary-key read): a lock, a disabled account or a changed password
 * (a new hash) written by any instance sharing the store takes effect on the next request, and a
 * remembered success resets the failure count like any other (DOMAIN.md, security).
 * <p>Every refusal costs the same: an unknown name, a disabled or a locked account run one BCrypt
 * comparison as a wrong password does, so the time of an answer tells nothing about the account.
 * Repeated failures per account and per client address are slowed down by the {@link LoginThrottle}.
 */
public class CachingAuthenticationProvider implements AuthenticationProvider {

    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final int USERNAME_MAX = 64;
    private static final int PASSWORD_MAX = 200;

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    /** username + HMAC(password) → the stored hash the password matched. */
    private final Cache<String, String> recent = Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TTL).maximumSize(10_000).build();
    private final SecretKeySpec cacheKey;
    /** Compared against when the user is unknown, so that answer takes as long as a wrong password. */
    private final String dummyHash;

    public CachingAuthenticationProvider(UserAccounts users, PasswordEncoder encoder, AuditLog audit, LoginThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.throttle = throttle;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.cacheKey = new SecretKeySpec(secret, "HmacSHA256");
        this.dummyHash = encoder.encode("not-a-real-password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        String remote = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (username == null || username.isEmpty() || username.length() > USERNAME_MAX
                || !(credentials instanceof String password) || password.length() > PASSWORD_MAX) {
            throw new BadCredentialsException("Bad credentials");
        }
        Duration wait = throttle.waitBefore(username, remote);
        if (wait != null) {
            throw new TooManyLoginAttemptsException(wait);
        }
        UserAccount user = users.find(username).orElse(null);
        String key = username + '\u0000' + hmac(password);
        String remembered = recent.getIfPresent(key);
        boolean rememberedMatch = user != null && remembered != null && sameHash(remembered, user.passwordHash());
        if (remembered != null && !rememberedMatch) {
            recent.invalidate(key);
        }
        // one BCrypt comparison on every path that is not a remembered match, whatever the account's state
        boolean matches = rememberedMatch || encoder.matches(password, user == null ? dummyHash : user.passwordHash());
        if (user == null) {
            refuse(AuditLog.Action.LOGIN_FAILED, username, "unknown user", remote);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.enabled()) {
            refuse(AuditLog.Action.LOGIN_FAILED, username, "disabled", remote);
            throw new DisabledException("Account disabled");
        }
        if (users.isLocked(user)) {
            refuse(AuditLog.Action.LOGIN_LOCKED, username, "locked until " + user.lockedUntil(), remote);
            throw new LockedException("Account locked");
        }
        if (!matches) {
            users.recordFailure(username);
            refuse(AuditLog.Action.LOGIN_FAILED, username, "wrong password", remote);
            throw new BadCredentialsException("Bad credentials");
        }
        if (user.failedAttempts() > 0 || user.lockedUntil() != null) {
            users.recordSuccess(username);
        }
        if (!rememberedMatch) {
            audit.record(AuditLog.Action.LOGIN, username, null, remote);
            recent.put(key, user.passwordHash());
        }
        return authenticated(new CrmPrincipal(user, false), authentication);
    }

    private void refuse(AuditLog.Action action, String username, String detail, String remote) {
        throttle.failed(username, remote);
        audit.record(action, username, detail, remote);
    }

    /** Forgets remembered checks of a user, for example after a password change. */
    public void forget(String username) {
        recent.asMap().keySet().removeIf(k -> k.startsWith(username + '\u0000'));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Authentication authenticated(CrmPrincipal principal, Authentication request) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        token.setDetails(request.getDetails());
        return token;
    }

    private String hmac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(cacheKey);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
