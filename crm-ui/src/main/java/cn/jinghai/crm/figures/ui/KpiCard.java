package cn.jinghai.crm.figures.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One of the year's three targets: what counts so far against the target, as a bar, with the share
 * of the year already gone beside it, so a leader sees at once whether the district is on pace.
 * Clicking the value opens the leads and tranches behind it.
 */
class KpiCard extends Div {

    private final H3 title = new H3();
    private final Div value = new Div();
    private final Span target = new Span();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span pace = new Span();

    KpiCard(String id) {
        setId(id);
        addClassNames("card", "kpi");
        value.addClassName("kpi-value");
        value.setId(id + "-value");
        target.addClassName("kpi-sub");
        pace.addClassName("kpi-sub");
        pace.setId(id + "-pace");
        add(title, value, target, bar, pace);
    }

    void addValueClickListener(ComponentEventListener<ClickEvent<Div>> listener) {
        value.addClickListener(listener);
    }

    /**
     * @param shown      the value as shown (a component: an amount with its exact hover, or a count)
     * @param done       the achieved part as a number comparable with {@code goal}
     * @param goal       the target (zero: not set)
     * @param elapsed    the share of the year gone at the date shown, 0..1
     */
    void show(String titleText, com.vaadin.flow.component.Component shown, String targetText, BigDecimal done,
              BigDecimal goal, BigDecimal elapsed) {
        title.setText(titleText);
        value.removeAll();
        value.add(shown);
        target.setText(targetText);
        BigDecimal rate = goal.signum() == 0 ? BigDecimal.ZERO : done.divide(goal, 6, RoundingMode.HALF_UP);
        bar.setValue(Math.min(1.0, rate.doubleValue()));
        bar.getElement().setAttribute("data-rate", rate.toPlainString());
        boolean behind = rate.compareTo(elapsed) < 0;
        bar.getElement().getThemeList().set("error", behind && goal.signum() > 0);
        bar.getElement().getThemeList().set("success", !behind && goal.signum() > 0);
        pace.setText(getTranslation("dash.kpi.pace", percent(rate), percent(elapsed)));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
