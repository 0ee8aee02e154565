package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.common.api.CnyAmount;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The referral form. It checks only that the required boxes are filled and that the amount is a
 * number the page can convert to yuan exactly; everything else is the domain's to decide. It never
 * calls a service: it fires {@link SubmitEvent} with a copy of what was typed.
 */
class ReferralForm extends Div {

    /** Upper bound of what the amount box accepts, in 万元, so the yuan amount stays representable. */
    private static final BigDecimal MAX_WAN = CnyAmount.MAX.movePointLeft(4);

    private final TextField companyName = new TextField();
    private final TextField creditCode = new TextField();
    private final TextField contact = new TextField();
    private final TextArea notes = new TextArea();
    private final BigDecimalField expected = new BigDecimalField();
    private final Button submit = new Button();
    private final Binder<ReferralDraft> binder = new Binder<>(ReferralDraft.class);
    /** The domain's field names (as in its refusals) and the boxes showing them. */
    private final Map<String, HasValidation> byDomainField = Map.of("companyName", companyName,
            "creditCode", creditCode, "contact", contact, "notes", notes, "expectedInvestmentCny", expected);

    ReferralForm() {
        addClassNames("card", "amb-form");
        setId("referral-form");
        H2 title = new H2(getTranslation("ambassador.form.title"));
        Paragraph hint = new Paragraph(getTranslation("ambassador.form.hint"));
        hint.addClassName("amb-hint");

        companyName.setId("referral-company");
        companyName.setLabel(getTranslation("ambassador.form.companyName"));
        companyName.setMaxLength(200);
        creditCode.setId("referral-credit-code");
        creditCode.setLabel(getTranslation("ambassador.form.creditCode"));
        creditCode.setHelperText(getTranslation("ambassador.form.creditCode.helper"));
        creditCode.setMaxLength(30);
        contact.setId("referral-contact");
        contact.setLabel(getTranslation("ambassador.form.contact"));
        contact.setHelperText(getTranslation("ambassador.form.contact.helper"));
        contact.setMaxLength(200);
        notes.setId("referral-notes");
        notes.setLabel(getTranslation("ambassador.form.notes"));
        notes.setHelperText(getTranslation("ambassador.form.notes.helper"));
        notes.setMaxLength(4000);
        expected.setId("referral-expected");
        expected.setLabel(getTranslation("ambassador.form.expected"));
        expected.setSuffixComponent(new Span(getTranslation("ambassador.form.wan")));
        expected.setHelperText(getTranslation("ambassador.form.expected.helper"));

        binder.forField(companyName).asRequired(getTranslation("ambassador.form.companyName.required"))
                .bind(ReferralDraft::getCompanyName, ReferralDraft::setCompanyName);
        binder.forField(creditCode).bind(ReferralDraft::getCreditCode, ReferralDraft::setCreditCode);
        binder.forField(contact).asRequired(getTranslation("ambassador.form.contact.required"))
                .bind(ReferralDraft::getContact, ReferralDraft::setContact);
        binder.forField(notes).asRequired(getTranslation("ambassador.form.notes.required"))
                .bind(ReferralDraft::getNotes, ReferralDraft::setNotes);
        binder.forField(expected)
                .withValidator(v -> v == null || ReferralDrafts.convertsExactly(v) && v.abs().compareTo(MAX_WAN) <= 0,
                        getTranslation("ambassador.form.expected.invalid"))
                .bind(ReferralDraft::getExpectedInvestmentWan, ReferralDraft::setExpectedInvestmentWan);
        binder.setBean(new ReferralDraft());

        submit.setId("referral-submit");
        submit.setText(getTranslation("ambassador.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("amb-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            if (binder.validate().isOk()) {
                fireEvent(new SubmitEvent(this, copy(binder.getBean())));
            } else {
                submit.setEnabled(true);
            }
        });
        add(title, hint, companyName, creditCode, contact, notes, expected, submit);
    }

    /** Empties the form for the next referral. */
    void clear() {
        binder.setBean(new ReferralDraft());
        submit.setEnabled(true);
    }

    /** Enables the button again after a refusal, the typed text kept. */
    void ready() {
        submit.setEnabled(true);
    }

    /**
     * Shows the domain's refusal at the box it names, if it names one of the form's boxes.
     *
     * @return whether it was shown here (else the page shows it as a notification)
     */
    boolean showAtField(String domainField, String message) {
        HasValidation box = domainField == null ? null : byDomainField.get(domainField);
        if (box == null) {
            return false;
        }
        box.setErrorMessage(message);
        box.setInvalid(true);
        return true;
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    private static ReferralDraft copy(ReferralDraft d) {
        ReferralDraft c = new ReferralDraft();
        c.setCompanyName(d.getCompanyName());
        c.setCreditCode(d.getCreditCode());
        c.setContact(d.getContact());
        c.setNotes(d.getNotes());
        c.setExpectedInvestmentWan(d.getExpectedInvestmentWan());
        return c;
    }

    /** The ambassador asked to submit what the form holds. */
    static class SubmitEvent extends ComponentEvent<ReferralForm> {

        private final ReferralDraft draft;

        SubmitEvent(ReferralForm source, ReferralDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ReferralDraft draft() {
            return draft;
        }
    }
}
