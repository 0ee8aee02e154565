package cn.jinghai.crm.ui.components;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart fed from Java: the option is built on the server ({@link ChartOptions})
 * and sent as JSON; user text in it is rendered by ECharts as text on a canvas, never as HTML
 * (tooltips use plain formatters). A click on a point fires {@link PointClickEvent} for drill-down.
 */
@Tag("crm-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/crm-chart.ts")
public class EChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode option;

    public EChart() {
        addClassName("crm-chart");
    }

    /** Replaces what the chart shows. */
    public void setOption(ObjectNode option) {
        this.option = option;
        try {
            getElement().setProperty("option", JSON.writeValueAsString(option));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("chart option not serialisable", e);
        }
    }

    public ObjectNode getOption() {
        return option;
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /** A click on a data point: which series, which point, and the point's category or name. */
    @DomEvent("chart-click")
    public static class PointClickEvent extends ComponentEvent<EChart> {
        private final int seriesIndex;
        private final int dataIndex;
        private final String name;

        public PointClickEvent(EChart source, boolean fromClient,
                               @EventData("event.detail.seriesIndex") int seriesIndex,
                               @EventData("event.detail.dataIndex") int dataIndex,
                               @EventData("event.detail.name") String name) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
            this.name = name;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataIndex() {
            return dataIndex;
        }

        public String name() {
            return name;
        }
    }
}
