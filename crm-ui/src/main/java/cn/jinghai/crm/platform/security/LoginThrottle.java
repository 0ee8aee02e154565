package cn.jinghai.crm.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;

import java.time.Duration;

/**
 * Slows down password guessing: failed sign-ins are counted per account and per client address in
 * token buckets (Bucket4j); while either bucket is empty, every attempt on that account or from that
 * address is refused before any password is checked (the API answers 429 with {@code Retry-After}).
 * Only failures take tokens, so users who type their password right are never slowed down. The lock
 * after {@value UserAccounts#MAX_FAILED_ATTEMPTS} failures in a row stays the hard limit; this bounds
 * guesses across accounts (from one address) and while a lock is cleared by successes in between.
 */
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final int accountFailures;
    private final Duration accountPeriod;
    private final int addressFailures;
    private final Duration addressPeriod;

    /**
     * @param accountFailures failures one account may take at once (then one more per {@code accountPeriod / accountFailures})
     * @param addressFailures failures one client address may cause at once (likewise)
     */
    public LoginThrottle(int accountFailures, Duration accountPeriod, int addressFailures, Duration addressPeriod) {
        if (accountFailures < 1 || addressFailures < 1 || accountPeriod.isNegative() || accountPeriod.isZero()
                || addressPeriod.isNegative() || addressPeriod.isZero()) {
            throw new IllegalArgumentException("login throttle limits must be positive");
        }
        this.accountFailures = accountFailures;
        this.accountPeriod = accountPeriod;
        this.addressFailures = addressFailures;
        this.addressPeriod = addressPeriod;
        this.accounts = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(accountPeriod.multipliedBy(2)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(addressPeriod.multipliedBy(2)).build();
    }

    /** How long an attempt on {@code username} from {@code address} must wait, or null when it may go ahead. */
    public Duration waitBefore(String username, String address) {
        Duration account = waitOf(accounts.getIfPresent(username));
        Duration fromAddress = address == null ? null : waitOf(addresses.getIfPresent(address));
        if (account == null) {
            return fromAddress;
        }
        return fromAddress == null || account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    /** Counts a failed attempt against the account and the address. */
    public void failed(String username, String address) {
        accounts.get(username, k -> bucket(accountFailures, accountPeriod)).tryConsume(1);
        if (address != null) {
            addresses.get(address, k -> bucket(addressFailures, addressPeriod)).tryConsume(1);
        }
    }

    private static Duration waitOf(Bucket bucket) {
        if (bucket == null) {
            return null;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static Bucket bucket(int capacity, Duration period) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build();
    }
}
