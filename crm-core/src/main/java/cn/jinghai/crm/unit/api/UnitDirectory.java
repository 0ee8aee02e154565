package cn.jinghai.crm.unit.api;

import java.util.Optional;

/**
 * The command side's own lookup of existing units (a table in the event-store database kept in the
 * same transaction as the unit events), for rules that span aggregates: a lead's unit must exist, the
 * Beijing office has no quota.
 */
public interface UnitDirectory {

    Optional<UnitKind> kindOf(String unitCode);
}
