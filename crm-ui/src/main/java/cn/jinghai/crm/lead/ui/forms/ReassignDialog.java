package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.lead.application.Reassignment;
import cn.jinghai.crm.unit.readmodel.UnitView;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;

/** Hands a lead to another unit: which unit, why, and from which day (not in the future). */
public class ReassignDialog extends FormDialog<Reassignment> {

    private final ComboBox<UnitView> unit = field("unitCode", new ComboBox<>());
    private final TextArea reason = field("reason", new TextArea());
    private final DatePicker effective = field("effectiveDate", Dates.picker("", getLocale()));

    public ReassignDialog(List<UnitView> units, String currentUnit) {
        super("reassign", "");
        setHeaderTitle(getTranslation("leads.reassign.title"));
        unit.setId("reassign-unit");
        unit.setLabel(getTranslation("leads.field.unit"));
        unit.setItems(units.stream().filter(u -> !u.code().equals(currentUnit)).toList());
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        effective.setId("reassign-date");
        effective.setLabel(getTranslation("leads.reassign.effective"));
        effective.setValue(Dates.today());
        effective.setMax(Dates.today());
        reason.setId("reassign-reason");
        reason.setLabel(getTranslation("leads.move.reason"));
        reason.setMaxLength(500);
        form.add(unit, effective, reason);
        form.setColspan(reason, 2);
    }

    @Override
    protected Reassignment collect() {
        if (!(required(unit) & required(reason) & required(effective))) {
            return null;
        }
        return new Reassignment(unit.getValue().code(), text(reason), effective.getValue());
    }
}
