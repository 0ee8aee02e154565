package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.ambassador.application.AmbassadorService;
import cn.jinghai.crm.referral.application.ReferralService;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.figures.readmodel.StandingView;
import cn.jinghai.crm.referral.readmodel.MyReferral;
import cn.jinghai.crm.referral.api.ReferralId;
import cn.jinghai.crm.ui.support.CurrentUser;
import cn.jinghai.crm.ui.support.Dates;
import cn.jinghai.crm.ui.support.UiErrors;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The honorary investment ambassador's page (招商名誉大使), and the only one they may open: submit a
 * referral, follow one's referrals, see one's standing. Outside the staff frame (no menu), phone first.
 */
@Route(value = "ambassador", autoLayout = false)
@RolesAllowed("AMBASSADOR")
@CssImport("./styles/ambassador.css")
public class AmbassadorView extends Main implements HasDynamicTitle {

    private final ReferralService referralService;
    private final AmbassadorService service;
    private final CurrentUser user;
    private final UiErrors errors;
    private final ReferralForm form = new ReferralForm();
    private final ReferralCards referrals = new ReferralCards();
    private final StandingPanel standing;

    public AmbassadorView(ReferralService referralService, AmbassadorService service, UiErrors errors, CurrentUser user) {
        this.referralService = referralService;
        this.service = service;
        this.user = user;
        this.errors = errors;
        addClassName("amb-view");
        setId("ambassador-view");
        getElement().setAttribute("data-home", true); // the ambassador's start page (browser tests wait for it)
        int currentYear = Dates.today().getYear();
        standing = new StandingPanel(StandingYears.offered(currentYear));
        Div content = new Div(form, referrals, standing);
        content.addClassName("amb-content");
        add(new AmbassadorHeader(user), content);

        form.addSubmitListener(e -> submit(e.draft()));
        load(referralService::mine).ifPresent(referrals::show);
        openStanding(currentYear);
    }

    private void submit(ReferralDraft draft) {
        ReferralId id;
        try {
            id = referralService.submit(ReferralDrafts.submission(draft), null);
        } catch (RuntimeException e) {
            refused(e);
            return;
        }
        form.clear();
        List<MyReferral> mine = load(() -> referralService.mineIncluding(id)).orElse(null);
        if (mine != null) {
            referrals.show(mine);
        }
        Notification note = Notification.show(getTranslation("ambassador.form.submitted", draft.getCompanyName().strip()),
                4000, Notification.Position.TOP_CENTER);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal that names a box of the form is shown there; anything else as a notification. */
    private void refused(RuntimeException failure) {
        form.ready();
        DomainException refusal = UiErrors.refusal(failure);
        if (refusal == null || !form.showAtField(refusal.field(), errors.message(failure, getLocale()))) {
            errors.show(failure);
        }
    }

    /** Opens the standing on the latest year with figures, then follows the year the user picks. */
    private void openStanding(int currentYear) {
        try {
            int year = StandingYears.opening(currentYear, this::standing);
            standing.setYear(year);
            standing.show(standing(year));
        } catch (RuntimeException e) {
            standing.setYear(currentYear);
            standing.show(null);
            errors.show(e);
        }
        standing.onYearChange(year -> standing.show(load(() -> standing(year)).orElse(null)));
    }

    private <T> Optional<T> load(Supplier<T> query) {
        try {
            return Optional.ofNullable(query.get());
        } catch (RuntimeException e) {
            errors.show(e);
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ambassador.title") + " | " + getTranslation("app.title");
    }

    /** The signed-in ambassador's own standing in {@code year}. */
    private StandingView standing(int year) {
        return service.standing(user.actor().username(), year);
    }
}
