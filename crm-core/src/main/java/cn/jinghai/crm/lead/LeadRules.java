package cn.jinghai.crm.lead;

import cn.jinghai.crm.chain.api.ChainDirectory;
import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.lead.api.CompanyRegistry;
import cn.jinghai.crm.lead.api.LeadId;

/** Rules of a lead that ask the command side's lookups: a known industry chain, and 首报首谈. */
final class LeadRules {

    private LeadRules() {
    }

    static void requireKnownChain(String chain, ChainDirectory chains) {
        if (!chains.exists(chain)) {
            throw DomainException.invalid("industryChain", "error.chain.unknown", chain);
        }
    }

    /**
     * 首报首谈: a company with an active lead of another unit is that unit's. Only the district
     * office learns which unit; anyone else is told only that the company is taken.
     */
    static void requireCompanyFree(LeadDetails company, String unit, LeadId self, Actor actor,
                                   CompanyRegistry companies) {
        companies.owningUnit(company.creditCode(), company.companyName(), self)
                .filter(owner -> !owner.equals(unit))
                .ifPresent(owner -> {
                    throw actor.is(Role.DISTRICT_OFFICE)
                            ? new DomainException(ErrorCode.DUPLICATE_COMPANY, "error.lead.duplicateCompany.owner", "companyName", owner)
                            : new DomainException(ErrorCode.DUPLICATE_COMPANY, "error.lead.duplicateCompany", "companyName");
                });
    }
}
