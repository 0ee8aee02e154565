package cn.jinghai.crm.platform.lookup;

import cn.jinghai.crm.ambassador.api.AmbassadorDirectory;
import cn.jinghai.crm.common.api.CompanyNames;
import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.referral.api.ReferralRegistry;
import cn.jinghai.crm.referral.api.ReferralSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * First referrers and appointed ambassadors, for the referral and reward rules. The first
 * (non-duplicate) referral of a company records its keys in the command's own transaction; before
 * deciding, a referral claims the company (as a lead registration does, {@link CompanyLookups}), so
 * a concurrent referral of the same company waits for it and then finds it: a DUPLICATE.
 */
@Component
@ProcessingGroup(ReferenceLookups.PROCESSING_GROUP)
public class ReferralLookups implements ReferralRegistry, AmbassadorDirectory {

    private final JdbcTemplate jdbc;

    public ReferralLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the company's keys first (the upsert locks the claim row until the command's transaction
     * ends; a concurrent referral or lead registration of the same company waits here), then looks for
     * an earlier referral or a lead, now that the other transaction's rows are visible. The answer holds
     * until this transaction ends, when the first referral's own keys are recorded ({@code on} below).
     */
    @Override
    public boolean alreadyKnown(CreditCode creditCode, String companyName) {
        String name = CompanyNames.normalise(companyName);
        String code = creditCode == null ? "" : creditCode.value();
        CompanyLookups.claim("N:" + name, jdbc);
        if (creditCode != null) {
            CompanyLookups.claim("C:" + code, jdbc);
        }
        Integer referred = jdbc.queryForObject("SELECT count(*) FROM referral_company WHERE company_key IN (?, ?)",
                Integer.class, "N:" + name, "C:" + code);
        Integer leads = jdbc.queryForObject("SELECT count(*) FROM company_lead WHERE name_key = ? OR credit_code = ?",
                Integer.class, name, code);
        return (referred != null && referred > 0) || (leads != null && leads > 0);
    }

    @Override
    public boolean isAmbassador(String username) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM crm_user WHERE username = ? AND role = 'AMBASSADOR'",
                Integer.class, username);
        return n != null && n > 0;
    }

    @EventHandler
    void on(ReferralSubmittedEvent event) {
        if (event.duplicate()) {
            return;
        }
        claim("N:" + CompanyNames.normalise(event.companyName()), event.referralId().value());
        if (event.creditCode() != null) {
            claim("C:" + event.creditCode().value(), event.referralId().value());
        }
    }

    private void claim(String key, String referralId) {
        jdbc.update("INSERT INTO referral_company (company_key, referral_id) VALUES (?, ?) ON CONFLICT (company_key) DO NOTHING",
                key, referralId);
    }
}
