package cn.jinghai.crm.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The page shell: the CRM theme (Lumo with a few district colours), Chinese by default, phone-friendly viewport. */
@Theme("crm")
@Meta(name = "referrer", content = "same-origin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("静海区招商引资管理平台");
        settings.setViewport("width=device-width, initial-scale=1");
    }
}
