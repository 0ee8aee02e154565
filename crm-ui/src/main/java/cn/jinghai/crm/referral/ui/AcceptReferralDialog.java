package cn.jinghai.crm.referral.ui;

import cn.jinghai.crm.referral.application.ReferralAcceptance;

import cn.jinghai.crm.ui.support.Secondary;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.unit.readmodel.ChainView;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.referral.readmodel.ReferralView;
import cn.jinghai.crm.ui.support.MoneyField;
import cn.jinghai.crm.ui.support.MoneyInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Completes a referral into a lead: unit, project, chain, capital origin, planned investment and the
 * three flags. It only collects the form and fires it; the view sends it and closes the dialog on
 * success, so a refusal leaves the entries in place to correct.
 */
public class AcceptReferralDialog extends Dialog {

    private final Select<String> unit = new Select<>();
    private final TextField project = new TextField();
    private final Select<String> chain = new Select<>();
    private final Select<CapitalOrigin> origin = new Select<>();
    private final MoneyField planned;
    private final Checkbox beijing = new Checkbox();
    private final Checkbox highTech = new Checkbox();
    private final Checkbox keyProject = new Checkbox();

    public AcceptReferralDialog(ReferralView referral, List<UnitView> units, List<ChainView> chains,
                                Consumer<ReferralAcceptance> onAccept) {
        setHeaderTitle(getTranslation("office.referrals.accept.title", referral.companyName()));
        setId("accept-dialog");
        Map<String, String> unitNames = units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name));
        unit.setId("accept-unit");
        unit.setLabel(getTranslation("office.referrals.accept.unit"));
        unit.setItems(units.stream().map(UnitView::code).toList());
        unit.setItemLabelGenerator(c -> unitNames.getOrDefault(c, c));
        unit.setRequiredIndicatorVisible(true);
        project.setId("accept-project");
        project.setLabel(getTranslation("office.referrals.accept.project"));
        project.setRequiredIndicatorVisible(true);
        project.setMaxLength(200);
        Map<String, String> chainNames = chains.stream().collect(Collectors.toMap(ChainView::code, ChainView::name));
        chain.setId("accept-chain");
        chain.setLabel(getTranslation("office.referrals.accept.chain"));
        chain.setItems(chains.stream().map(ChainView::code).toList());
        chain.setItemLabelGenerator(c -> chainNames.getOrDefault(c, c));
        chain.setRequiredIndicatorVisible(true);
        origin.setId("accept-origin");
        origin.setLabel(getTranslation("office.referrals.accept.origin"));
        origin.setItems(CapitalOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation("office.origin." + o.name()));
        origin.setValue(CapitalOrigin.DOMESTIC_OUTSIDE_CITY);
        planned = new MoneyField(getTranslation("office.referrals.accept.planned"), MoneyInput.WAN).withId("accept-planned");
        planned.setRequiredIndicatorVisible(true);
        beijing.setId("accept-beijing");
        beijing.setLabel(getTranslation("office.referrals.accept.beijing"));
        highTech.setId("accept-hightech");
        highTech.setLabel(getTranslation("office.referrals.accept.highTech"));
        keyProject.setId("accept-key");
        keyProject.setLabel(getTranslation("office.referrals.accept.keyProject"));

        Paragraph from = new Paragraph(getTranslation("office.referrals.accept.from", referral.companyName(),
                referral.creditCode() == null ? "—" : referral.creditCode(), referral.ambassador()));
        Secondary.style(from);
        FormLayout form = new FormLayout(unit, project, chain, origin, planned, beijing, highTech, keyProject);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(from, form);

        Button accept = new Button(getTranslation("office.referrals.accept"), e -> {
            if (!planned.convertible()) {
                planned.setInvalid(true);
                return;
            }
            onAccept.accept(new ReferralAcceptance(unit.getValue(), blankToNull(project.getValue()), chain.getValue(),
                    origin.getValue(), planned.getValue(), beijing.getValue(), highTech.getValue(), keyProject.getValue()));
        });
        accept.setId("accept-confirm");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, accept);
        setWidth("min(44em, 95vw)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
