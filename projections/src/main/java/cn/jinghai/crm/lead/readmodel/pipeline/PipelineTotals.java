package cn.jinghai.crm.lead.readmodel.pipeline;

import org.bson.Document;

import java.util.List;

/**
 * Running totals of one scope as a plain document: for each dimension a map of bucket to
 * {count, plannedFen, contractedFen} (amounts in fen, so they add exactly as integers), the funnel,
 * and the days spent in each stage left. A lead's contribution is added and removed as a whole.
 */
final class PipelineTotals {

    static final List<String> DIMENSIONS = List.of("stage", "unit", "chain", "channel");

    private PipelineTotals() {
    }

    /** A lead's contribution: its bucket in each dimension and its amounts. */
    record Contribution(String stage, String unit, String chain, String channel, long plannedFen, long contractedFen) {
        String bucket(String dimension) {
            return switch (dimension) {
                case "stage" -> stage;
                case "unit" -> unit;
                case "chain" -> chain;
                default -> channel;
            };
        }
    }

    static void add(Document totals, Contribution c, int sign) {
        for (String dimension : DIMENSIONS) {
            Document map = sub(totals, dimension);
            Document bucket = sub(map, c.bucket(dimension));
            bucket.put("count", bucket.get("count", 0L) + sign);
            bucket.put("plannedFen", bucket.get("plannedFen", 0L) + sign * c.plannedFen());
            bucket.put("contractedFen", bucket.get("contractedFen", 0L) + sign * c.contractedFen());
            if (bucket.get("count", 0L) == 0L) {
                map.remove(c.bucket(dimension));
            }
        }
    }

    static void reached(Document totals, String stage) {
        Document funnel = sub(totals, "funnel");
        funnel.put(stage, funnel.get(stage, 0L) + 1);
    }

    static void spent(Document totals, String stage, long days) {
        Document time = sub(sub(totals, "timeInStage"), stage);
        time.put("days", time.get("days", 0L) + days);
        time.put("intervals", time.get("intervals", 0L) + 1);
    }

    static Document sub(Document parent, String key) {
        Document child = parent.get(key, Document.class);
        if (child == null) {
            child = new Document();
            parent.put(key, child);
        }
        return child;
    }
}
