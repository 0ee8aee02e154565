package cn.jinghai.crm.relocation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Identifies an imported list: the SHA-256 of the file's bytes and the unit it was imported into, so
 * the same file imported again into the same unit is the same list (and creates nothing new).
 */
public record RelocationListId(String value) {

    public RelocationListId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static RelocationListId of(String value) {
        return new RelocationListId(value);
    }

    public static RelocationListId of(String sha256, String unitCode) {
        return new RelocationListId(sha256 + "@" + unitCode);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
