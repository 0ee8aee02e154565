package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import cn.jinghai.crm.figures.readmodel.StandingView;
import cn.jinghai.crm.ui.support.Amounts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.HasValue;

import java.util.List;
import java.util.function.Consumer;

/**
 * The ambassador's standing for one year: verified funds of the leads they referred, the reward
 * proposed from them (capped at 500万元 a year, computed by the read side), and rewards approved.
 */
class StandingPanel extends Section {

    private final Select<Integer> year = new Select<>();
    private final Div verified = figure("standing-verified");
    private final Div proposed = figure("standing-proposed");
    private final Div approved = figure("standing-approved");

    StandingPanel(List<Integer> years) {
        addClassName("amb-standing");
        setId("my-standing");
        H2 title = new H2(getTranslation("ambassador.standing.title"));
        year.setId("standing-year");
        year.setLabel(getTranslation("ambassador.standing.year"));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.addClassName("amb-year");
        Div head = new Div(title, year);
        head.addClassName("amb-section-head");
        Div figures = new Div(
                labelled(verified, "ambassador.standing.verified", null),
                labelled(proposed, "ambassador.standing.proposed", "ambassador.standing.proposed.hint"),
                labelled(approved, "ambassador.standing.approved", null));
        figures.addClassName("amb-figures");
        add(head, figures);
    }

    Registration onYearChange(Consumer<Integer> listener) {
        return year.addValueChangeListener((HasValue.ValueChangeEvent<Integer> e) -> {
            if (e.getValue() != null) {
                listener.accept(e.getValue());
            }
        });
    }

    void setYear(int value) {
        year.setValue(value);
    }

    void show(StandingView standing) {
        set(verified, standing == null ? null : standing.verifiedCny());
        set(proposed, standing == null ? null : standing.proposedRewardCny());
        set(approved, standing == null ? null : standing.approvedRewardCny());
    }

    private void set(Div box, CnyAmount amount) {
        box.removeAll();
        box.add(Amounts.span(amount == null ? null : amount.value(), getLocale()));
    }

    private Div labelled(Div value, String labelKey, String hintKey) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("amb-figure-label");
        Div box = new Div(label, value);
        box.addClassNames("card", "amb-figure");
        if (hintKey != null) {
            Paragraph hint = new Paragraph(getTranslation(hintKey));
            hint.addClassName("amb-muted");
            box.add(hint);
        }
        return box;
    }

    private static Div figure(String id) {
        Div div = new Div();
        div.setId(id);
        div.addClassName("amb-figure-value");
        return div;
    }
}
