package cn.jinghai.crm.lead.ui.forms;

import cn.jinghai.crm.funding.application.TrancheReport;
import cn.jinghai.crm.lead.api.CapitalOrigin;
import cn.jinghai.crm.ui.support.Dates;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/**
 * Reports a funding tranche (资金到位): amount in its currency, the rate the office uses (1 for CNY,
 * typed otherwise, never fetched), origin, arrival date and evidence. Amount and rate stay text so
 * the domain parses them exactly.
 */
public class TrancheDialog extends FormDialog<TrancheReport> {

    static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP", "KRW", "SGD", "CHF", "AUD");

    private final TextField amount = field("amount", new TextField());
    private final ComboBox<String> currency = field("currency", new ComboBox<>());
    private final TextField rate = field("rateToCny", new TextField());
    private final ComboBox<CapitalOrigin> origin = field("origin", new ComboBox<>());
    private final DatePicker arrival = field("arrivalDate", Dates.picker("", getLocale()));
    private final TextField evidence = field("evidence", new TextField());

    public TrancheDialog(CapitalOrigin defaultOrigin) {
        super("tranche", "");
        setHeaderTitle(getTranslation("leads.tranche.title"));
        amount.setId("tranche-amount");
        amount.setLabel(getTranslation("leads.tranche.amount"));
        amount.setAllowedCharPattern("[0-9.]");
        currency.setId("tranche-currency");
        currency.setLabel(getTranslation("leads.tranche.currency"));
        currency.setItems(CURRENCIES);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(e -> currency.setValue(e.getDetail().strip().toUpperCase()));
        currency.setValue("CNY");
        rate.setId("tranche-rate");
        rate.setLabel(getTranslation("leads.tranche.rate"));
        rate.setAllowedCharPattern("[0-9.]");
        rate.setValue("1");
        rate.setReadOnly(true);
        rate.setHelperText(getTranslation("leads.tranche.rate.help"));
        currency.addValueChangeListener(e -> {
            boolean cny = "CNY".equals(e.getValue());
            rate.setReadOnly(cny);
            rate.setValue(cny ? "1" : "");
        });
        origin.setId("tranche-origin");
        origin.setLabel(getTranslation("leads.tranche.origin"));
        origin.setItems(CapitalOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation("leads.origin." + o.name()));
        origin.setValue(defaultOrigin);
        arrival.setId("tranche-arrival");
        arrival.setLabel(getTranslation("leads.tranche.arrival"));
        arrival.setValue(Dates.today());
        evidence.setId("tranche-evidence");
        evidence.setLabel(getTranslation("leads.tranche.evidence"));
        evidence.setMaxLength(200);
        form.add(amount, currency, rate, origin, arrival, evidence);
    }

    @Override
    protected TrancheReport collect() {
        boolean ok = required(amount) & required(currency) & required(rate) & required(origin) & required(arrival)
                & required(evidence);
        if (!ok) {
            return null;
        }
        return new TrancheReport(text(amount), currency.getValue(), text(rate), origin.getValue(), arrival.getValue(),
                text(evidence));
    }
}
