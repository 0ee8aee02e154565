package cn.jinghai.crm.lead.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lead; its {@code toString()} is the raw value, which Axon uses as the aggregate key. */
public record LeadId(String value) {

    public LeadId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static LeadId of(String value) {
        return new LeadId(value);
    }

    public static LeadId random() {
        return new LeadId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
