package cn.jinghai.crm.lead.readmodel.detail;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lead's current state; {@code version} is what {@code If-Match} expects. Contact phones are
 * masked for viewers who do not work the lead.
 */
public record LeadView(
        String id,
        String companyName,
        CreditCode creditCode,
        String projectName,
        String industryChain,
        Channel channel,
        CapitalOrigin capitalOrigin,
        CnyAmount plannedInvestmentCny,
        boolean beijing,
        boolean highTech,
        boolean keyProject,
        String responsibleLeader,
        List<Contact> contacts,
        String unitCode,
        Stage stage,
        LocalDate stageDate,
        CnyAmount contractedCny,
        LocalDate reviewDate,
        List<TrancheView> tranches,
        LocalDate registeredOn,
        Instant registeredAt,
        String registeredBy,
        long version) {
}
