package cn.jinghai.crm.support;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

/** Builds list files the way people's spreadsheets do: xlsx written with POI, csv in a chosen encoding. */
public final class ListFiles {

    public static final List<String> HEADER = List.of("企业名称", "统一社会信用代码", "项目名称", "计划投资额（万元）", "所属行业",
            "迁出地", "联系人", "联系电话", "备注");

    private ListFiles() {
    }

    /** An xlsx whose first sheet holds {@code rows} (the header included); numbers stay numeric cells. */
    public static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("清单");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A csv of {@code rows} in {@code charset}, CRLF, with a UTF-8 BOM when asked. */
    public static byte[] csv(List<List<Object>> rows, Charset charset, boolean bom) {
        String text = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : quote(v.toString()))
                .collect(Collectors.joining(","))).collect(Collectors.joining("\r\n")) + "\r\n";
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
