package cn.jinghai.crm.reports.application;

import cn.jinghai.crm.common.api.CnyAmount;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A streaming xlsx workbook: sheets of a header row and value rows. Values are typed: numbers (and
 * {@link CnyAmount}) become numeric cells, dates date cells, booleans 是/否, anything else safe text.
 */
public final class XlsxWriter implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle money;
    private final CellStyle text;
    private Sheet sheet;
    private int nextRow;

    public XlsxWriter() {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        text = workbook.createCellStyle();
        text.setQuotePrefixed(true);
    }

    /** Starts a sheet with a bold header row; column widths fit the headers. */
    public XlsxWriter sheet(String name, List<String> headers) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(SafeText.of(headers.get(i)));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 2 + 4)) * 256);
        }
        ((SXSSFSheet) sheet).createFreezePane(0, 1);
        return this;
    }

    public XlsxWriter row(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof CnyAmount amount) {
                cell.setCellValue(amount.value().doubleValue());
                cell.setCellStyle(money);
            } else if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag ? "是" : "否");
            } else {
                String safe = SafeText.of(value.toString());
                cell.setCellValue(safe);
                if (!safe.equals(value.toString())) {
                    cell.setCellStyle(text);
                }
            }
        }
        return this;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the temporary files are already removed by dispose()
        }
    }
}
