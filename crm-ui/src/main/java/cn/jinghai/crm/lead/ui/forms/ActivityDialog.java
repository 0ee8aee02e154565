package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.lead.application.NewActivity;
import cn.jinghai.crm.lead.api.ActivityType;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Records a follow-up (跟进记录): type, date, notes, participants, and the next step with its date. */
public class ActivityDialog extends FormDialog<NewActivity> {

    private final ComboBox<ActivityType> type = field("type", new ComboBox<>());
    private final DatePicker date = field("date", Dates.picker("", getLocale()));
    private final TextArea notes = field("notes", new TextArea());
    private final TextField participants = field("participants", new TextField());
    private final TextField nextStep = field("nextStep", new TextField());
    private final DatePicker nextStepDate = field("nextStepDate", Dates.picker("", getLocale()));

    public ActivityDialog() {
        super("activity", "");
        setHeaderTitle(getTranslation("leads.activity.title"));
        type.setId("activity-type");
        type.setLabel(getTranslation("leads.activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("leads.activity." + t.name()));
        type.setValue(ActivityType.VISIT);
        date.setId("activity-date");
        date.setLabel(getTranslation("leads.activity.date"));
        date.setValue(Dates.today());
        notes.setId("activity-notes");
        notes.setLabel(getTranslation("leads.activity.notes"));
        notes.setMaxLength(2000);
        participants.setId("activity-participants");
        participants.setLabel(getTranslation("leads.activity.participants"));
        nextStep.setId("activity-next-step");
        nextStep.setLabel(getTranslation("leads.activity.nextStep"));
        nextStepDate.setId("activity-next-step-date");
        nextStepDate.setLabel(getTranslation("leads.activity.nextStepDate"));
        form.add(type, date, notes, participants, nextStep, nextStepDate);
        form.setColspan(notes, 2);
        form.setColspan(participants, 2);
    }

    @Override
    protected NewActivity collect() {
        boolean ok = required(type) & required(date) & required(notes);
        if (text(nextStep) != null) {
            ok &= required(nextStepDate);
        }
        if (!ok) {
            return null;
        }
        return new NewActivity(type.getValue(), date.getValue(), text(notes), text(participants), text(nextStep),
                nextStepDate.getValue());
    }
}
