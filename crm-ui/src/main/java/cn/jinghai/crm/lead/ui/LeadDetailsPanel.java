package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.readmodel.detail.LeadView;
import cn.jinghai.crm.ui.support.Amounts;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.util.Map;

/**
 * Every field of a lead as read: registration data, stage, unit, responsible leader, version, and
 * the contacts with phones as the read side gives them (masked for viewers who do not work the lead).
 */
class LeadDetailsPanel extends Div {

    LeadDetailsPanel(LeadView v, Map<String, String> unitNames, Map<String, String> chainNames) {
        addClassName("card");
        setId("lead-details");
        add(new H3(getTranslation("leads.details")));
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 3));
        fields.addFormItem(text("company", v.companyName()), getTranslation("leads.field.company"));
        fields.addFormItem(text("credit-code", v.creditCode() == null ? "—" : v.creditCode().toString()),
                getTranslation("leads.field.creditCode"));
        fields.addFormItem(text("project", v.projectName()), getTranslation("leads.field.project"));
        fields.addFormItem(text("chain", chainNames.getOrDefault(v.industryChain(), v.industryChain())),
                getTranslation("leads.field.chain"));
        fields.addFormItem(text("channel", getTranslation("leads.channel." + v.channel().name())),
                getTranslation("leads.field.channel"));
        fields.addFormItem(text("origin", getTranslation("leads.origin." + v.capitalOrigin().name())),
                getTranslation("leads.field.origin"));
        fields.addFormItem(id("planned", Amounts.span(v.plannedInvestmentCny().value(), getLocale())),
                getTranslation("leads.field.planned"));
        fields.addFormItem(id("contracted", v.contractedCny() == null ? new Span("—")
                : Amounts.span(v.contractedCny().value(), getLocale())), getTranslation("leads.field.contracted"));
        fields.addFormItem(text("unit", unitNames.getOrDefault(v.unitCode(), v.unitCode())),
                getTranslation("leads.field.unit"));
        fields.addFormItem(text("stage-date", v.stageDate() == null ? "—" : Dates.format(v.stageDate())), getTranslation("leads.field.stageDate"));
        if (v.reviewDate() != null) {
            fields.addFormItem(text("review-date", Dates.format(v.reviewDate())), getTranslation("leads.move.reviewDate"));
        }
        fields.addFormItem(text("flags", flags(v)), getTranslation("leads.field.flags"));
        fields.addFormItem(text("leader", v.responsibleLeader() == null ? "—" : v.responsibleLeader()),
                getTranslation("leads.field.leader"));
        fields.addFormItem(text("registered", Dates.format(v.registeredOn())
                + (v.registeredBy() == null ? "" : " · " + v.registeredBy())), getTranslation("leads.field.registered"));
        fields.addFormItem(text("version", Long.toString(v.version())), getTranslation("leads.field.version"));
        add(fields);
        add(contacts(v));
    }

    private Component contacts(LeadView v) {
        Div box = new Div();
        box.setId("lead-contacts-list");
        box.add(new H3(getTranslation("leads.field.contacts")));
        if (v.contacts() == null || v.contacts().isEmpty()) {
            Span none = new Span(getTranslation("leads.contacts.none"));
            none.addClassName("empty-state");
            box.add(none);
            return box;
        }
        for (Contact c : v.contacts()) {
            Div line = new Div(new Span(c.name()), new Span(c.title() == null ? "" : " · " + c.title()),
                    new Span(c.phone() == null ? "" : " · " + c.phone()));
            line.addClassName("contact");
            box.add(line);
        }
        return box;
    }

    private String flags(LeadView v) {
        StringBuilder s = new StringBuilder();
        if (v.beijing()) {
            s.append(getTranslation("leads.field.beijing")).append(' ');
        }
        if (v.highTech()) {
            s.append(getTranslation("leads.field.highTech")).append(' ');
        }
        if (v.keyProject()) {
            s.append(getTranslation("leads.field.keyProject"));
        }
        return s.isEmpty() ? "—" : s.toString().strip();
    }

    private static Span text(String id, String value) {
        return id(id, new Span(value == null ? "" : value));
    }

    private static Span id(String id, Span span) {
        span.setId("lead-field-" + id);
        return span;
    }
}
