package cn.jinghai.crm.referral.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a referral; {@code toString()} is the raw value (Axon's aggregate key). */
public record ReferralId(String value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ReferralId of(String value) {
        return new ReferralId(value);
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
