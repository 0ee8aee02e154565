package cn.jinghai.crm.relocation;

import cn.jinghai.crm.common.Checks;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;

import java.util.Map;

/** Who may import into which unit: a park team into its own, the district office into any. */
final class ImportRules {

    private ImportRules() {
    }

    static Actor requireImporter(Map<String, ?> metaData, String unitCode) {
        Actor actor = Actor.from(metaData);
        if (!actor.mayWorkLeads()) {
            throw DomainException.forbidden("error.import.role");
        }
        String unit = Checks.code("unitCode", unitCode);
        if (!actor.mayWorkLeadOf(unit)) {
            throw DomainException.forbidden("error.import.otherUnit");
        }
        return actor;
    }
}
