package cn.jinghai.crm.ui.i18n;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** One button that switches between 中文 and English; its caption is the other language's name. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        setId("language-switch");
        addAttachListener(e -> setText(getTranslation("language.other")));
        addClickListener(e -> UiLocale.switchTo(UiLocale.other(getLocale())));
    }
}
