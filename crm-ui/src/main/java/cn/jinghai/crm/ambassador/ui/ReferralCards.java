package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.referral.readmodel.MyReferral;
import cn.jinghai.crm.referral.api.ReferralStatus;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/**
 * The ambassador's referrals as cards (one column on a phone): company, date, status badge, and what
 * the status means for them. Only what the read side gives an ambassador is shown: for a duplicate
 * that someone was first, never who; once accepted, the lead's stage, never the lead itself.
 */
class ReferralCards extends Section {

    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();

    ReferralCards() {
        addClassName("amb-referrals");
        setId("my-referrals");
        H2 title = new H2(getTranslation("ambassador.list.title"));
        cards.addClassName("amb-cards");
        empty.setId("my-referrals-empty");
        empty.addClassName("empty-state");
        empty.setText(getTranslation("ambassador.list.empty"));
        add(title, empty, cards);
    }

    void show(List<MyReferral> referrals) {
        cards.removeAll();
        referrals.forEach(r -> cards.add(card(r)));
        empty.setVisible(referrals.isEmpty());
    }

    private Div card(MyReferral r) {
        Div card = new Div();
        card.addClassNames("card", "amb-referral");
        card.getElement().setAttribute("data-referral-id", r.id());
        H3 company = new H3(r.companyName());
        company.addClassName("amb-company");
        Div top = new Div(company, badge(r.status()));
        top.addClassName("amb-card-top");
        Span date = new Span(getTranslation("ambassador.list.submittedAt", Dates.format(r.submittedAt().atZone(Dates.CST).toLocalDate())));
        date.addClassName("amb-muted");
        card.add(top, date);
        Paragraph detail = detail(r);
        if (detail != null) {
            card.add(detail);
        }
        return card;
    }

    private Span badge(ReferralStatus status) {
        Span badge = new Span(getTranslation("ambassador.status." + status.name()));
        badge.addClassName("amb-status");
        badge.getElement().setAttribute("data-status", status.name());
        badge.getElement().getThemeList().add("badge pill " + switch (status) {
            case SUBMITTED -> "";
            case ACCEPTED -> "success";
            case DECLINED -> "error";
            case DUPLICATE -> "contrast";
        });
        return badge;
    }

    private Paragraph detail(MyReferral r) {
        String text = switch (r.status()) {
            case SUBMITTED -> getTranslation("ambassador.explain.SUBMITTED");
            case DUPLICATE -> getTranslation("ambassador.explain.DUPLICATE");
            case DECLINED -> r.declineReason() == null || r.declineReason().isBlank()
                    ? getTranslation("ambassador.explain.DECLINED")
                    : getTranslation("ambassador.explain.DECLINED.reason", r.declineReason());
            case ACCEPTED -> r.stage() == null ? null
                    : getTranslation("ambassador.explain.ACCEPTED.stage", getTranslation("ambassador.stage." + r.stage().name()));
        };
        if (text == null) {
            return null;
        }
        Paragraph p = new Paragraph(text);
        p.addClassNames("amb-detail", "amb-detail-" + r.status().name().toLowerCase(java.util.Locale.ROOT));
        return p;
    }
}
