package cn.jinghai.crm.ui.support;

import cn.jinghai.crm.common.api.CnyAmount;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * An amount typed in 万元 or 亿元 (the office's units), whose value is the exact yuan amount. Input
 * that cannot be a whole number of fen makes the field invalid; {@link #convertible()} tells a form
 * whether to send it.
 */
public class MoneyField extends CustomField<CnyAmount> {

    private final BigDecimalField number = new BigDecimalField();
    private final Select<MoneyInput> unit = new Select<>();

    public MoneyField(String label, MoneyInput defaultUnit) {
        setLabel(label);
        number.setWidth("12em");
        unit.setItems(MoneyInput.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        unit.setValue(defaultUnit);
        unit.setWidth("7em");
        unit.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                updateValue();
            }
        });
        add(number, unit);
    }

    /** Also identifies the inner number input, for browser tests ({@code <id>-number}). */
    public MoneyField withId(String id) {
        setId(id);
        number.setId(id + "-number");
        return this;
    }

    public boolean convertible() {
        try {
            unit.getValue().toYuan(number.getValue());
            return !number.isInvalid();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    protected CnyAmount generateModelValue() {
        try {
            setInvalid(false);
            return unit.getValue().toYuan(number.getValue());
        } catch (IllegalArgumentException e) {
            setErrorMessage(getTranslation("office.money.tooPrecise"));
            setInvalid(true);
            return null;
        }
    }

    @Override
    protected void setPresentationValue(CnyAmount amount) {
        // shown exactly in the unit chosen (亿元 for targets, 万元 for quotas): no rounding on the way back
        number.setValue(unit.getValue().fromYuan(amount));
    }
}
