package cn.jinghai.crm.platform.lookup;

import cn.jinghai.crm.common.api.CompanyNames;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import cn.jinghai.crm.lead.api.CompanyRegistry;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.api.LeadReassignedEvent;
import cn.jinghai.crm.lead.api.LeadRegisteredEvent;
import cn.jinghai.crm.lead.api.LeadStageMovedEvent;
import cn.jinghai.crm.lead.api.Stage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * 首报首谈 on the command side: which unit works which company. Rows change with the lead events,
 * inside the command's transaction (subscribing processor {@value ReferenceLookups#PROCESSING_GROUP}).
 * Before a row is written, the company's keys are claimed, which makes a concurrent registration of
 * the same company by another unit wait for this one and then see it: the second is refused.
 */
@Component
@ProcessingGroup(ReferenceLookups.PROCESSING_GROUP)
public class CompanyLookups implements CompanyRegistry {

    private final JdbcTemplate jdbc;

    public CompanyLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> owningUnit(CreditCode creditCode, String companyName, LeadId exceptLead) {
        String except = exceptLead == null ? "" : exceptLead.value();
        List<String> units = creditCode == null
                ? jdbc.queryForList("SELECT DISTINCT unit_code FROM company_lead WHERE active AND lead_id <> ? AND name_key = ?",
                        String.class, except, nameKey(companyName))
                : jdbc.queryForList("SELECT DISTINCT unit_code FROM company_lead WHERE active AND lead_id <> ? "
                        + "AND (name_key = ? OR credit_code = ?)", String.class, except, nameKey(companyName), creditCode.value());
        return units.stream().sorted().findFirst();
    }

    /** An active lead of a company, as relocation-list imports match rows against existing leads. */
    public record CompanyLead(LeadId leadId, String creditCode, String nameKey, String unitCode) {
    }

    /** The active leads with this credit code or this company name (normalised), in lead-id order. */
    public List<CompanyLead> activeLeads(CreditCode creditCode, String companyName) {
        return jdbc.query("SELECT lead_id, credit_code, name_key, unit_code FROM company_lead WHERE active "
                        + "AND (name_key = ? OR credit_code = ?) ORDER BY lead_id",
                (rs, n) -> new CompanyLead(new LeadId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
                nameKey(companyName), creditCode == null ? "" : creditCode.value());
    }

    /** The unit that works a lead now (after any reassignment); empty for an unknown lead. */
    public Optional<String> unitOf(LeadId leadId) {
        return jdbc.queryForList("SELECT unit_code FROM company_lead WHERE lead_id = ?", String.class, leadId.value())
                .stream().findFirst();
    }

    @EventHandler
    void on(LeadRegisteredEvent event) {
        claimAndCheck(event.leadId(), event.creditCode(), event.companyName(), event.unitCode());
        jdbc.update("INSERT INTO company_lead (lead_id, credit_code, name_key, unit_code, active) VALUES (?, ?, ?, ?, TRUE)",
                event.leadId().value(), code(event.creditCode()), nameKey(event.companyName()), event.unitCode());
    }

    @EventHandler
    void on(LeadDetailsChangedEvent event) {
        String unit = jdbc.queryForObject("SELECT unit_code FROM company_lead WHERE lead_id = ?", String.class,
                event.leadId().value());
        claimAndCheck(event.leadId(), event.creditCode(), event.companyName(), unit);
        jdbc.update("UPDATE company_lead SET credit_code = ?, name_key = ? WHERE lead_id = ?",
                code(event.creditCode()), nameKey(event.companyName()), event.leadId().value());
    }

    @EventHandler
    void on(LeadStageMovedEvent event) {
        if (event.to() == Stage.DROPPED || event.from() == Stage.DROPPED) {
            jdbc.update("UPDATE company_lead SET active = ? WHERE lead_id = ?", event.to() != Stage.DROPPED,
                    event.leadId().value());
        }
    }

    @EventHandler
    void on(LeadReassignedEvent event) {
        jdbc.update("UPDATE company_lead SET unit_code = ? WHERE lead_id = ?", event.toUnit(), event.leadId().value());
    }

    /**
     * Claims the company's keys (the upsert locks the claim row, so a concurrent transaction claiming
     * the same company waits until this one ends), then checks
     * again, now that the other transaction's rows are visible, that no other unit works the company.
     */
    private void claimAndCheck(LeadId leadId, CreditCode creditCode, String companyName, String unit) {
        claim("N:" + nameKey(companyName), jdbc);
        if (creditCode != null) {
            claim("C:" + creditCode.value(), jdbc);
        }
        owningUnit(creditCode, companyName, leadId).filter(owner -> !owner.equals(unit)).ifPresent(owner -> {
            throw new DomainException(ErrorCode.DUPLICATE_COMPANY, "error.lead.duplicateCompany", "companyName");
        });
    }

    /**
     * Claims one company key ("N:" and the normalised name, or "C:" and the credit code) for the rest of
     * the current transaction: the upsert locks the row, so another transaction claiming the same key
     * (a lead registration or a referral of the same company) waits until this one ends.
     */
    static void claim(String companyKey, JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO company_claim (company_key) VALUES (?) ON CONFLICT (company_key) DO UPDATE SET company_key = excluded.company_key",
                companyKey);
    }

    private static String nameKey(String companyName) {
        return CompanyNames.normalise(companyName);
    }

    private static String code(CreditCode creditCode) {
        return creditCode == null ? null : creditCode.value();
    }
}
