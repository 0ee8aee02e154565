package cn.jinghai.crm.ambassador.ui;

import java.math.BigDecimal;

/** What the ambassador types into the referral form, before it becomes a command (expected investment in 万元). */
public class ReferralDraft {

    private String companyName = "";
    private String creditCode = "";
    private String contact = "";
    private String notes = "";
    private BigDecimal expectedInvestmentWan;

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public BigDecimal getExpectedInvestmentWan() {
        return expectedInvestmentWan;
    }

    public void setExpectedInvestmentWan(BigDecimal expectedInvestmentWan) {
        this.expectedInvestmentWan = expectedInvestmentWan;
    }
}
