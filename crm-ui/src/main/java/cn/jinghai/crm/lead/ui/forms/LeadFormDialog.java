package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.lead.api.Channel;
import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.readmodel.detail.LeadView;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.UnitView;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Registers a lead, or edits one ({@code existing} given): the registration fields, and when editing
 * the contacts and the responsible leader (包保领导). An edit names only the fields that changed.
 */
public class LeadFormDialog extends FormDialog<LeadData> {

    private final LeadView existing;
    private final TextField companyName = field("companyName", new TextField());
    private final TextField creditCode = field("creditCode", new TextField());
    private final TextField projectName = field("projectName", new TextField());
    private final ComboBox<ChainView> chain = field("industryChain", new ComboBox<>());
    private final ComboBox<Channel> channel = field("channel", new ComboBox<>());
    private final ComboBox<CapitalOrigin> origin = field("capitalOrigin", new ComboBox<>());
    private final AmountField planned;
    private final Checkbox beijing = new Checkbox();
    private final Checkbox highTech = new Checkbox();
    private final Checkbox keyProject = new Checkbox();
    private final ComboBox<UnitView> unit = field("unitCode", new ComboBox<>());
    private final ContactsEditor contacts;
    private final TextField leader = field("responsibleLeader", new TextField());

    /**
     * @param fixedUnit the park team's own unit (the unit field is then read-only), or null for the office
     */
    public LeadFormDialog(List<ChainView> chains, List<UnitView> units, String fixedUnit, LeadView existing) {
        super(existing == null ? "register-lead" : "edit-lead",
                "");
        this.existing = existing;
        setHeaderTitle(getTranslation(existing == null ? "leads.register.title" : "leads.edit.title"));
        planned = field("plannedInvestmentCny", new AmountField("lead-planned", getTranslation("leads.field.planned")));
        contacts = field("contacts", new ContactsEditor(getTranslation("leads.field.contacts")));
        setup(companyName, "lead-company", "leads.field.company");
        setup(creditCode, "lead-credit-code", "leads.field.creditCode");
        creditCode.setMaxLength(18);
        creditCode.setHelperText(getTranslation("leads.field.creditCode.help"));
        setup(projectName, "lead-project", "leads.field.project");
        chain.setId("lead-chain");
        chain.setLabel(getTranslation("leads.field.chain"));
        chain.setItems(chains);
        chain.setItemLabelGenerator(ChainView::name);
        channel.setId("lead-channel");
        channel.setLabel(getTranslation("leads.field.channel"));
        channel.setItems(Arrays.stream(Channel.values())
                .filter(c -> c != Channel.AMBASSADOR_REFERRAL || existing != null).toList());
        channel.setItemLabelGenerator(c -> getTranslation("leads.channel." + c.name()));
        origin.setId("lead-origin");
        origin.setLabel(getTranslation("leads.field.origin"));
        origin.setItems(CapitalOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation("leads.origin." + o.name()));
        beijing.setId("lead-beijing");
        beijing.setLabel(getTranslation("leads.field.beijing"));
        highTech.setId("lead-high-tech");
        highTech.setLabel(getTranslation("leads.field.highTech"));
        keyProject.setId("lead-key-project");
        keyProject.setLabel(getTranslation("leads.field.keyProject"));
        unit.setId("lead-unit");
        unit.setLabel(getTranslation("leads.field.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        leader.setId("lead-leader");
        leader.setLabel(getTranslation("leads.field.leader"));
        HorizontalLayout flags = new HorizontalLayout(beijing, highTech, keyProject);
        form.add(companyName, creditCode, projectName, chain, channel, origin, planned, unit, flags);
        form.setColspan(flags, 2);
        if (existing == null) {
            if (fixedUnit != null) {
                units.stream().filter(u -> u.code().equals(fixedUnit)).findFirst().ifPresent(unit::setValue);
                unit.setReadOnly(true);
            }
        } else {
            fill(existing, chains, units);
            unit.setReadOnly(true);
            form.add(leader, contacts);
            form.setColspan(contacts, 2);
            if (existing.channel() == Channel.AMBASSADOR_REFERRAL) {
                channel.setReadOnly(true);
            }
        }
        setWidth("min(760px, 96vw)");
    }

    private void setup(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private void fill(LeadView v, List<ChainView> chains, List<UnitView> units) {
        companyName.setValue(v.companyName());
        creditCode.setValue(v.creditCode() == null ? "" : v.creditCode().toString());
        projectName.setValue(v.projectName());
        chains.stream().filter(c -> c.code().equals(v.industryChain())).findFirst().ifPresent(chain::setValue);
        channel.setValue(v.channel());
        origin.setValue(v.capitalOrigin());
        planned.setValue(v.plannedInvestmentCny());
        beijing.setValue(v.beijing());
        highTech.setValue(v.highTech());
        keyProject.setValue(v.keyProject());
        units.stream().filter(u -> u.code().equals(v.unitCode())).findFirst().ifPresent(unit::setValue);
        leader.setValue(v.responsibleLeader() == null ? "" : v.responsibleLeader());
        contacts.setValue(v.contacts() == null ? List.of() : v.contacts());
    }

    @Override
    protected LeadData collect() {
        boolean ok = required(companyName) & required(projectName) & required(chain) & required(channel)
                & required(origin) & required(planned) & required(unit);
        if (planned.typedButInexact()) {
            mark(planned, getTranslation("leads.amount.inexact"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        CnyAmount amount = planned.getValue();
        String code = text(creditCode) == null ? null : text(creditCode).toUpperCase();
        LeadData data = new LeadData(text(companyName), code, text(projectName), chain.getValue().code(),
                channel.getValue(), origin.getValue(), amount, beijing.getValue(), highTech.getValue(),
                keyProject.getValue(), unit.getValue().code(), contacts.getValue(), text(leader), Set.of());
        return existing == null ? data : withChangedFields(data);
    }

    /** The PATCH: only the fields whose value differs from the lead's. */
    private LeadData withChangedFields(LeadData d) {
        LeadView v = existing;
        Set<String> changed = new LinkedHashSet<>();
        diff(changed, "companyName", d.companyName(), v.companyName());
        diff(changed, "creditCode", d.creditCode(), v.creditCode() == null ? null : v.creditCode().toString());
        diff(changed, "projectName", d.projectName(), v.projectName());
        diff(changed, "industryChain", d.industryChain(), v.industryChain());
        diff(changed, "channel", d.channel(), v.channel());
        diff(changed, "capitalOrigin", d.capitalOrigin(), v.capitalOrigin());
        diff(changed, "plannedInvestmentCny", d.plannedInvestmentCny(), v.plannedInvestmentCny());
        diff(changed, "beijing", d.beijing(), v.beijing());
        diff(changed, "highTech", d.highTech(), v.highTech());
        diff(changed, "keyProject", d.keyProject(), v.keyProject());
        diff(changed, "contacts", d.contacts(), v.contacts() == null ? List.<Contact>of() : v.contacts());
        diff(changed, "responsibleLeader", d.responsibleLeader(), v.responsibleLeader());
        return new LeadData(d.companyName(), d.creditCode(), d.projectName(), d.industryChain(), d.channel(),
                d.capitalOrigin(), d.plannedInvestmentCny(), d.beijing(), d.highTech(), d.keyProject(), d.unitCode(),
                d.contacts(), d.responsibleLeader(), Set.copyOf(changed));
    }

    private static void diff(Set<String> changed, String name, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(name);
        }
    }
}
