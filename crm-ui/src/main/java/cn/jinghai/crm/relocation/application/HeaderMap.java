package cn.jinghai.crm.relocation.application;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cell of a row holds which column, found from a header row, with the header text as the file
 * spells it (rejections name the column that way) and the unit of the amount column.
 */
final class HeaderMap {

    private static final Pattern UNIT = Pattern.compile("\\((万元|亿元|元|万|亿)\\)$");
    private static final Pattern MARKS = Pattern.compile("[*※]|\\((必填|选填|可选|必须)\\)");

    private final Map<ListColumn, Integer> index;
    private final Map<ListColumn, String> headers;
    private final BigDecimal amountFactor;

    private HeaderMap(Map<ListColumn, Integer> index, Map<ListColumn, String> headers, BigDecimal amountFactor) {
        this.index = index;
        this.headers = headers;
        this.amountFactor = amountFactor;
    }

    /** The comparison form of a header: half-width, no white space, no required marks, round brackets, lower case. */
    static String key(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\u3000\\u00A0\\p{Cc}\\p{Cf}\\p{Cs}\\p{Cn}\\u2028\\u2029]+", "").replace('[', '(').replace(']', ')')
                .replace('【', '(').replace('】', ')');
        s = MARKS.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    /** The header map of {@code cells}, if they are a header row: one naming the company column. */
    static Optional<HeaderMap> of(List<String> cells) {
        Map<ListColumn, Integer> index = new EnumMap<>(ListColumn.class);
        Map<ListColumn, String> headers = new EnumMap<>(ListColumn.class);
        BigDecimal factor = new BigDecimal(10_000);
        for (int i = 0; i < cells.size(); i++) {
            String key = key(cells.get(i));
            if (key.isEmpty()) {
                continue;
            }
            Matcher unit = UNIT.matcher(key);
            boolean hasUnit = unit.find();
            String bare = hasUnit ? key.substring(0, unit.start()) : key;
            for (ListColumn column : ListColumn.values()) {
                if (!index.containsKey(column) && (column.matches(key) || column.matches(bare))) {
                    index.put(column, i);
                    headers.put(column, CellText.withoutHidden(cells.get(i)).strip());
                    if (column == ListColumn.PLANNED_INVESTMENT && hasUnit) {
                        factor = factorOf(unit.group(1));
                    }
                    break;
                }
            }
        }
        if (!index.containsKey(ListColumn.COMPANY_NAME)) {
            return Optional.empty();
        }
        return Optional.of(new HeaderMap(index, headers, factor));
    }

    private static BigDecimal factorOf(String unit) {
        return switch (unit) {
            case "亿元", "亿" -> new BigDecimal(100_000_000);
            case "元" -> BigDecimal.ONE;
            default -> new BigDecimal(10_000);
        };
    }

    /** Refuses the whole file when a required column is missing, naming it as the template does. */
    void requireAll() {
        for (ListColumn column : ListColumn.values()) {
            if (column.required() && !index.containsKey(column)) {
                throw ImportErrors.missingColumn(column.header());
            }
        }
    }

    /** The cell of {@code column} in {@code cells}, stripped; empty when absent. */
    String cell(List<String> cells, ListColumn column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.size() || cells.get(i) == null) {
            return "";
        }
        return cells.get(i).strip();
    }

    /** The header of {@code column} as the file spells it (the template's when the file has none). */
    String header(ListColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    /** Yuan per unit of the amount column: 10,000 for 万元 (the default), 100,000,000 for 亿元, 1 for 元. */
    BigDecimal amountFactor() {
        return amountFactor;
    }

    boolean blank(List<String> cells) {
        return index.keySet().stream().allMatch(column -> cell(cells, column).isEmpty());
    }
}
