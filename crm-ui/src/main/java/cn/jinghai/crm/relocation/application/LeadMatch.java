package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.platform.lookup.CompanyLookups.CompanyLead;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Matches a list row against the company's active leads: the same credit code first, else the same
 * normalised name when the codes do not contradict each other. A name shared with a lead of another
 * credit code is a conflict for a person to resolve, not a match. Among several leads of the company
 * (a second phase, say) the importing unit's own comes first, then the lowest id, so re-runs agree.
 */
final class LeadMatch {

    enum Kind { CREATE, LINK, CONFLICT }

    record Decision(Kind kind, CompanyLead lead) {
    }

    private LeadMatch() {
    }

    static Decision decide(ParsedRow row, List<CompanyLead> candidates, String importingUnit) {
        String code = row.creditCode() == null ? null : row.creditCode().value();
        Comparator<CompanyLead> preference = Comparator.<CompanyLead, Boolean>comparing(l -> !l.unitCode().equals(importingUnit))
                .thenComparing(l -> l.leadId().value());
        if (code != null) {
            Optional<CompanyLead> sameCode = candidates.stream().filter(l -> code.equals(l.creditCode())).min(preference);
            if (sameCode.isPresent()) {
                return new Decision(Kind.LINK, sameCode.get());
            }
        }
        List<CompanyLead> sameName = candidates.stream().filter(l -> l.nameKey().equals(row.nameKey())).toList();
        Optional<CompanyLead> compatible = sameName.stream()
                .filter(l -> code == null || l.creditCode() == null).min(preference);
        if (compatible.isPresent()) {
            return new Decision(Kind.LINK, compatible.get());
        }
        return sameName.isEmpty() ? new Decision(Kind.CREATE, null) : new Decision(Kind.CONFLICT, null);
    }
}
