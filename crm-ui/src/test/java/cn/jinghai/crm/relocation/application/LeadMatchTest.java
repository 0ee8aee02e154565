package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.common.api.CompanyNames;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.platform.lookup.CompanyLookups.CompanyLead;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeadMatchTest {

    private static final String CODE = "91110108551385082Q";

    private static ParsedRow row(String name, String code) {
        return new ParsedRow(2, name, code == null ? null : new CreditCode(code), code, "p", null, "HEALTH", null, null,
                null, null, null, null);
    }

    private static CompanyLead lead(String id, String code, String name, String unit) {
        return new CompanyLead(new LeadId(id), code, CompanyNames.normalise(name), unit);
    }

    @Test
    void theCreditCodeDecidesFirst_thenACompatibleName_preferringTheImportingUnit() {
        List<CompanyLead> leads = List.of(lead("b", CODE, "北京甲公司", "COOP"), lead("a", CODE, "北京甲公司", "ZIYA"));
        assertThat(LeadMatch.decide(row("别名公司", CODE), leads, "ZIYA").lead().leadId().value()).isEqualTo("a");
        assertThat(LeadMatch.decide(row("北京甲公司", null), leads, "OTHER").lead().leadId().value()).isEqualTo("a");
    }

    @Test
    void aNameSharedWithAnotherCreditCode_isAConflict_andNoLeadMeansCreate() {
        List<CompanyLead> leads = List.of(lead("a", CODE, "北京甲有限公司", "ZIYA"));
        String other = "91310000000000001" + CreditCode.checkCharacter("91310000000000001");
        assertThat(LeadMatch.decide(row("北京甲有限责任公司", other), leads, "ZIYA").kind()).isEqualTo(LeadMatch.Kind.CONFLICT);
        assertThat(LeadMatch.decide(row("北京乙公司", null), List.of(), "ZIYA").kind()).isEqualTo(LeadMatch.Kind.CREATE);
        List<CompanyLead> noCode = List.of(lead("c", null, "北京甲有限公司", "ZIYA"));
        assertThat(LeadMatch.decide(row("北京甲有限公司", other), noCode, "ZIYA").kind()).isEqualTo(LeadMatch.Kind.LINK);
    }
}
