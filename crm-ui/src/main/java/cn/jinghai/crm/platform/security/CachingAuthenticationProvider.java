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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Checks a username and password against the user table with BCrypt, counts failures toward the
 * lock-out, audits every real check, and remembers a successful check briefly so that HTTP Basic
 * clients do not pay a BCrypt hash on every request (API.md). The cache key holds an HMAC of the
 * password under a key made at start-up, never the password itself.
 */
public class CachingAuthenticationProvider implements AuthenticationProvider {

    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final int USERNAME_MAX = 64;
    private static final int PASSWORD_MAX = 200;

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Cache<String, CrmPrincipal> recent = Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TTL).maximumSize(10_000).build();
    private final SecretKeySpec cacheKey;
    /** Compared against when the user is unknown, so that answer takes as long as a wrong password. */
    private final String dummyHash;

    public CachingAuthenticationProvider(UserAccounts users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
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
        String key = username + '\u0000' + hmac(password);
        CrmPrincipal cached = recent.getIfPresent(key);
        if (cached != null) {
            return authenticated(cached, authentication);
        }
        UserAccount user = users.find(username).orElse(null);
        if (user == null) {
            encoder.matches(password, dummyHash);
            audit.record(AuditLog.Action.LOGIN_FAILED, username, "unknown user", remote);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.enabled()) {
            audit.record(AuditLog.Action.LOGIN_FAILED, username, "disabled", remote);
            throw new DisabledException("Account disabled");
        }
        if (users.isLocked(user)) {
            audit.record(AuditLog.Action.LOGIN_LOCKED, username, "locked until " + user.lockedUntil(), remote);
            throw new LockedException("Account locked");
        }
        if (!encoder.matches(password, user.passwordHash())) {
            users.recordFailure(username);
            audit.record(AuditLog.Action.LOGIN_FAILED, username, "wrong password", remote);
            throw new BadCredentialsException("Bad credentials");
        }
        users.recordSuccess(user);
        audit.record(AuditLog.Action.LOGIN, username, null, remote);
        CrmPrincipal principal = new CrmPrincipal(user, false);
        recent.put(key, principal);
        return authenticated(principal, authentication);
    }

    /** Forgets remembered checks of a user, for example after a password change. */
    public void forget(String username) {
        recent.asMap().keySet().removeIf(k -> k.startsWith(username + '\u0000'));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
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
