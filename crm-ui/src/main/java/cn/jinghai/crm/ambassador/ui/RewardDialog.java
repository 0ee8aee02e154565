package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.ambassador.application.AmbassadorService;
import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.ui.support.MoneyField;
import cn.jinghai.crm.ui.support.MoneyInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;

/** Records leadership's approval of an ambassador's reward: year, amount, approver and document number. */
class RewardDialog extends Dialog {

    record Entries(Integer year, CnyAmount amount, String approvedBy, String documentNo) {
    }

    RewardDialog(AmbassadorService.AmbassadorStanding ambassador, int year, Consumer<Entries> onSave) {
        setId("reward-dialog");
        setHeaderTitle(getTranslation("office.rewards.dialog", ambassador.displayName()));
        IntegerField yearField = new IntegerField(getTranslation("office.year"));
        yearField.setId("reward-year");
        yearField.setValue(year);
        MoneyField amount = new MoneyField(getTranslation("office.rewards.amount"), MoneyInput.WAN).withId("reward-amount");
        amount.setRequiredIndicatorVisible(true);
        TextField approver = new TextField(getTranslation("office.rewards.approvedBy"));
        approver.setId("reward-approver");
        approver.setRequiredIndicatorVisible(true);
        TextField document = new TextField(getTranslation("office.rewards.documentNo"));
        document.setId("reward-document");
        document.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(yearField, amount, approver, document);
        add(form);
        Button save = new Button(getTranslation("office.rewards.record"), e -> {
            if (amount.convertible()) {
                onSave.accept(new Entries(yearField.getValue(), amount.getValue(), blankToNull(approver.getValue()),
                        blankToNull(document.getValue())));
            }
        });
        save.setId("reward-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
