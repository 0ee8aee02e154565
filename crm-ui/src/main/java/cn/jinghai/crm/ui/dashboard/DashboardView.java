package cn.jinghai.crm.ui.dashboard;

import cn.jinghai.crm.ui.components.ChartOptions;
import cn.jinghai.crm.ui.components.EChart;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.List;

/** The leaders' cockpit (驾驶舱). */
@Route("dashboard")
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
@RolesAllowed({"DISTRICT_OFFICE", "LEADERSHIP", "PARK_TEAM"})
public class DashboardView extends Main implements HasDynamicTitle {

    public DashboardView() {
        addClassName("view");
        setId("dashboard-view");
        getElement().setAttribute("data-home", true);
        EChart chart = new EChart();
        chart.setOption(ChartOptions.categories(List.of("1", "2"), "万元",
                List.of(new ChartOptions.Series("x", "bar", List.of(BigDecimal.ONE, BigDecimal.TEN)))));
        add(chart);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
