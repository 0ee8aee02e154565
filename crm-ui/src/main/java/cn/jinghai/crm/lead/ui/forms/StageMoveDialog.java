package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.lead.application.StageMove;
import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks what a stage move needs: the date (today by default), the contracted amount for 签约, the
 * review date for 搁置, and a reason. The reason is asked for up front where a move plainly needs
 * one (dropping, reopening, going back or skipping on the main line); the domain has the last word.
 */
public class StageMoveDialog extends FormDialog<StageMove> {

    private final Stage target;
    private final DatePicker date = field("date", Dates.picker("", getLocale()));
    private final AmountField contracted = field("contractedCny", new AmountField("move-contracted", ""));
    private final DatePicker reviewDate = field("reviewDate", Dates.picker("", getLocale()));
    private final TextArea reason = field("reason", new TextArea());

    public StageMoveDialog(Stage from, Stage target) {
        super("move-stage", "");
        this.target = target;
        setHeaderTitle(getTranslation("leads.move.title", getTranslation("leads.stage." + from.name()),
                getTranslation("leads.stage." + target.name())));
        date.setId("move-date");
        date.setLabel(getTranslation("leads.move.date"));
        date.setValue(Dates.today());
        contracted.setLabel(getTranslation("leads.move.contracted"));
        reviewDate.setId("move-review-date");
        reviewDate.setLabel(getTranslation("leads.move.reviewDate"));
        reason.setId("move-reason");
        reason.setLabel(getTranslation("leads.move.reason"));
        reason.setMaxLength(500);
        boolean reasonExpected = reasonExpected(from, target);
        reason.setRequiredIndicatorVisible(reasonExpected);
        if (reasonExpected) {
            reason.setHelperText(getTranslation("leads.move.reason.help"));
        }
        form.add(date);
        if (target == Stage.SIGNED) {
            form.add(contracted);
        }
        if (target == Stage.ON_HOLD) {
            form.add(reviewDate);
        }
        form.add(reason);
        form.setColspan(reason, 2);
    }

    /**
     * A hint only, so the user is asked before the domain refuses: dropping, reopening a dropped lead,
     * or anything but one step forward on the main line. Resuming from 搁置 is left to the domain.
     */
    static boolean reasonExpected(Stage from, Stage to) {
        if (to == Stage.DROPPED || from == Stage.DROPPED) {
            return true;
        }
        if (!from.isMainLine() || !to.isMainLine()) {
            return false;
        }
        return to.order() - from.order() != 1;
    }

    @Override
    protected StageMove collect() {
        boolean ok = required(date);
        if (target == Stage.SIGNED) {
            ok &= required(contracted);
            if (contracted.typedButInexact()) {
                mark(contracted, getTranslation("leads.amount.inexact"));
                ok = false;
            }
        }
        if (target == Stage.ON_HOLD) {
            ok &= required(reviewDate);
        }
        if (reason.isRequiredIndicatorVisible()) {
            ok &= required(reason);
        }
        if (!ok) {
            return null;
        }
        return new StageMove(target, date.getValue(), text(reason),
                target == Stage.SIGNED ? contracted.getValue() : null,
                target == Stage.ON_HOLD ? reviewDate.getValue() : null);
    }
}
