package cn.jinghai.crm.reports.application;

import cn.jinghai.crm.common.api.CnyAmount;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A csv file Excel and WPS open correctly on Chinese Windows: UTF-8 with a byte-order mark (without
 * it Excel assumes GBK and garbles the text), CRLF line ends, quotes where needed, texts made safe.
 */
public final class CsvWriter implements AutoCloseable {

    private final CSVPrinter printer;

    public CsvWriter(OutputStream out, List<String> headers) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").build());
        printer.printRecord(headers.stream().map(SafeText::of).toList());
    }

    public void row(List<?> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value == null) {
                cells.add("");
            } else if (value instanceof CnyAmount amount) {
                cells.add(amount.value().toPlainString());
            } else if (value instanceof BigDecimal decimal) {
                cells.add(decimal.toPlainString());
            } else if (value instanceof Number || value instanceof java.time.LocalDate) {
                cells.add(value.toString());
            } else if (value instanceof Boolean flag) {
                cells.add(flag ? "是" : "否");
            } else {
                cells.add(SafeText.of(value.toString()));
            }
        }
        printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
