package cn.jinghai.crm.relocation.application;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of an xlsx list with the streaming reader (SAX underneath: a few rows in
 * memory at a time, whatever the sheet's size). Numbers become exact decimal text (Excel keeps 15
 * significant digits, which {@link Double#toString} reproduces), date-formatted cells ISO dates, and
 * formulas their cached result: a list's formula is never evaluated here.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(byte[] bytes, RowSink sink) {
        Workbook workbook;
        try {
            workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            throw ImportErrors.unsupported("error.import.malformed");
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ImportErrors.unsupported("error.import.malformed");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    int column = cell.getColumnIndex();
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(text(cell));
                }
                sink.row(row.getRowNum() + 1, cells);
            }
        } catch (cn.jinghai.crm.common.api.DomainException e) {
            throw e;
        } catch (Exception e) {
            throw ImportErrors.unsupported("error.import.malformed");
        }
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    static String plain(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }
}
