package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.common.api.CnyAmount;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

import java.math.BigDecimal;

/**
 * An amount of yuan typed in 万元 or 元, the unit always on screen beside the number. Its value is
 * the exact yuan amount; {@link #typedButInexact()} tells a number that does not convert exactly.
 */
public class AmountField extends CustomField<CnyAmount> {

    private final BigDecimalField number = new BigDecimalField();
    private final Select<Money.Unit> unit = new Select<>();

    public AmountField(String id, String label) {
        setId(id);
        setLabel(label);
        number.setId(id + "-number");
        unit.setId(id + "-unit");
        unit.setItems(Money.Unit.values());
        unit.setValue(Money.Unit.WAN);
        unit.setItemLabelGenerator(u -> getTranslation("leads.amount.unit." + u.name()));
        unit.setWidth("7em");
        number.setWidthFull();
        HorizontalLayout row = new HorizontalLayout(number, unit);
        row.setPadding(false);
        row.setSpacing(true);
        row.setWidthFull();
        add(row);
    }

    @Override
    protected CnyAmount generateModelValue() {
        return Money.toYuan(number.getValue(), unit.getValue());
    }

    @Override
    protected void setPresentationValue(CnyAmount value) {
        unit.setValue(Money.Unit.WAN);
        number.setValue(Money.in(value, Money.Unit.WAN));
    }

    @Override
    public boolean isEmpty() {
        return number.getValue() == null;
    }

    /** A number was typed that is not a whole number of fen in yuan. */
    public boolean typedButInexact() {
        BigDecimal typed = number.getValue();
        return typed != null && Money.toYuan(typed, unit.getValue()) == null;
    }
}
