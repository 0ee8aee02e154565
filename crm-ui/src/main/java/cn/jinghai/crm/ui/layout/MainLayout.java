package cn.jinghai.crm.ui.layout;

import cn.jinghai.crm.ui.i18n.LanguageSwitch;
import cn.jinghai.crm.ui.support.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * The staff application's frame: the menu lists only the views the signed-in user may open (built
 * from {@code @Menu} on the views, filtered by their access annotations), the user, the language
 * switch and sign-out. Menu titles are bundle keys, translated here.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser user) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span();
        title.addClassName("app-title");
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        Span who = new Span();
        who.addClassName("current-user");
        Button logout = new Button();
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.addClickListener(e -> user.logout());
        HorizontalLayout bar = new HorizontalLayout(who, new LanguageSwitch(), logout);
        bar.addClassName("navbar-end");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(new DrawerToggle(), bar);
        addToDrawer(title, nav);
        addAttachListener(e -> {
            title.setText(getTranslation("app.title"));
            logout.setText(getTranslation("nav.logout"));
            user.principal().ifPresent(p -> who.setText(p.displayName() + " · "
                    + getTranslation("role." + p.role().name())
                    + (p.actor().unitCode() == null ? "" : " · " + p.actor().unitCode())));
            nav.removeAll();
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                SideNavItem item = entry.icon() == null
                        ? new SideNavItem(getTranslation(entry.title()), entry.path())
                        : new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()));
                nav.addItem(item);
            }
        });
    }
}
