package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.relocation.api.RejectionReason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole list into parsed rows, or refuses the file: the header row is the first of the
 * first {@value #HEADER_SEARCH_ROWS} rows that names the company column (title rows above it are
 * skipped), every required column must be there, and at most {@code maxRows} data rows may follow.
 * A company listed twice is imported from its first valid row; later rows are rejected as duplicates.
 */
public final class ListParser {

    static final int HEADER_SEARCH_ROWS = 10;

    private ListParser() {
    }

    /** The parsed list: its data rows in file order, blank rows left out. */
    public record ParsedList(List<ParsedRow> rows) {
    }

    public static ParsedList parse(FileKind kind, byte[] bytes, int maxRows, Map<String, String> chains) {
        Collector collector = new Collector(new IndustryMapper(chains), maxRows);
        if (kind == FileKind.XLSX) {
            XlsxRows.read(bytes, collector);
        } else {
            CsvRows.read(bytes, collector);
        }
        if (collector.parser == null) {
            throw ImportErrors.missingColumn(ListColumn.COMPANY_NAME.header());
        }
        return new ParsedList(rejectDuplicates(collector.rows));
    }

    /** Finds the header row, then parses every data row after it. */
    private static final class Collector implements RowSink {
        private final IndustryMapper industries;
        private final int maxRows;
        private final List<ParsedRow> rows = new ArrayList<>();
        private RowParser parser;

        Collector(IndustryMapper industries, int maxRows) {
            this.industries = industries;
            this.maxRows = maxRows;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (parser == null) {
                if (rowNumber > HEADER_SEARCH_ROWS) {
                    throw ImportErrors.missingColumn(ListColumn.COMPANY_NAME.header());
                }
                HeaderMap.of(cells).ifPresent(header -> {
                    header.requireAll();
                    parser = new RowParser(header, industries);
                });
                return;
            }
            ParsedRow row = parser.parse(rowNumber, cells);
            if (row != null) {
                if (rows.size() >= maxRows) {
                    throw ImportErrors.tooManyRows(maxRows);
                }
                rows.add(row);
            }
        }
    }

    /** A later valid row naming the same company (same credit code, or same normalised name) is a duplicate. */
    static List<ParsedRow> rejectDuplicates(List<ParsedRow> rows) {
        Map<String, Integer> firstRow = new HashMap<>();
        List<ParsedRow> result = new ArrayList<>(rows.size());
        for (ParsedRow row : rows) {
            if (row.rejected()) {
                result.add(row);
                continue;
            }
            String byCode = row.creditCode() == null ? null : "C:" + row.creditCode().value();
            String byName = "N:" + row.nameKey();
            Integer earlier = byCode == null ? null : firstRow.get(byCode);
            if (earlier == null) {
                earlier = firstRow.get(byName);
            }
            if (earlier != null) {
                result.add(row.rejectedAs(new Rejection(RejectionReason.DUPLICATE_ROW, null, Integer.toString(earlier))));
                continue;
            }
            if (byCode != null) {
                firstRow.put(byCode, row.row());
            }
            firstRow.put(byName, row.row());
            result.add(row);
        }
        return result;
    }
}
