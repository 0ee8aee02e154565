package cn.jinghai.crm.relocation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Identifies one row of an imported list ({@code <list>/<row>}). Each row is an aggregate of its own,
 * so the event store's unique (aggregate, sequence) key guarantees a row is recorded at most once,
 * whatever crashes or concurrent re-imports happen.
 */
public record RelocationRowId(String value) {

    public RelocationRowId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static RelocationRowId of(String value) {
        return new RelocationRowId(value);
    }

    public static RelocationRowId of(RelocationListId list, int row) {
        return new RelocationRowId(list.value() + "/" + row);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
