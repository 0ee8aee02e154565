package cn.jinghai.crm.ui.components;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/**
 * Small builders for the ECharts options the views use (bars, lines, pies, funnels), so views state
 * what to show and not ECharts' JSON. Values are decimals (exact, in the unit the axis names).
 */
public final class ChartOptions {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] PALETTE = {"#c0392b", "#2e86de", "#f39c12", "#27ae60", "#8e44ad", "#16a085",
            "#d35400", "#2c3e50", "#e84393", "#7f8c8d"};

    private ChartOptions() {
    }

    /** A named series of values, one per category. */
    public record Series(String name, String type, List<BigDecimal> values) {
    }

    /** A category chart (bar or line series over the same categories), with the value axis named. */
    public static ObjectNode categories(List<String> categories, String axisName, List<Series> series) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "axis");
        if (series.size() > 1) {
            ArrayNode legend = o.putObject("legend").putArray("data");
            series.forEach(s -> legend.add(s.name()));
        }
        ObjectNode grid = o.putObject("grid");
        grid.put("left", 8).put("right", 16).put("top", series.size() > 1 ? 36 : 24).put("bottom", 8).put("containLabel", true);
        ObjectNode x = o.putObject("xAxis");
        x.put("type", "category");
        ArrayNode xs = x.putArray("data");
        categories.forEach(xs::add);
        x.putObject("axisLabel").put("interval", 0).put("hideOverlap", true);
        ObjectNode y = o.putObject("yAxis");
        y.put("type", "value").put("name", axisName);
        ArrayNode out = o.putArray("series");
        for (Series s : series) {
            ObjectNode n = out.addObject();
            n.put("name", s.name()).put("type", s.type());
            ArrayNode data = n.putArray("data");
            s.values().forEach(data::add);
            if ("line".equals(s.type())) {
                n.put("smooth", false).put("symbolSize", 6);
            }
        }
        return o;
    }

    /** A pie of named values (shares of a whole). */
    public static ObjectNode pie(String name, List<String> names, List<BigDecimal> values) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "item");
        ObjectNode legend = o.putObject("legend");
        legend.put("type", "scroll").put("bottom", 0);
        ArrayNode series = o.putArray("series");
        ObjectNode s = series.addObject();
        s.put("name", name).put("type", "pie");
        s.putArray("radius").add("38%").add("66%");
        s.putArray("center").add("50%").add("45%");
        ArrayNode data = s.putArray("data");
        for (int i = 0; i < names.size(); i++) {
            data.addObject().put("name", names.get(i)).put("value", values.get(i));
        }
        return o;
    }

    /** A funnel of stages, widest first. */
    public static ObjectNode funnel(String name, List<String> names, List<BigDecimal> values) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "item");
        ArrayNode series = o.putArray("series");
        ObjectNode s = series.addObject();
        s.put("name", name).put("type", "funnel").put("sort", "none").put("left", "10%").put("width", "80%")
                .put("minSize", "8%").put("gap", 2);
        s.putObject("label").put("show", true).put("position", "inside").put("formatter", "{b}: {c}");
        ArrayNode data = s.putArray("data");
        for (int i = 0; i < names.size(); i++) {
            data.addObject().put("name", names.get(i)).put("value", values.get(i));
        }
        return o;
    }

    private static ObjectNode base() {
        ObjectNode o = F.objectNode();
        ArrayNode color = o.putArray("color");
        for (String c : PALETTE) {
            color.add(c);
        }
        o.put("animationDuration", 400);
        o.putObject("textStyle").put("fontFamily",
                "PingFang SC, Microsoft YaHei, WenQuanYi Zen Hei, Noto Sans CJK SC, sans-serif");
        return o;
    }
}
