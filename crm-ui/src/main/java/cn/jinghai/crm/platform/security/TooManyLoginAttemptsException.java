package cn.jinghai.crm.platform.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused by the {@link LoginThrottle} before any password was checked; the API answers 429. */
public class TooManyLoginAttemptsException extends AuthenticationException {

    private final transient Duration retryAfter;

    public TooManyLoginAttemptsException(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
