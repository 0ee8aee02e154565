package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upload checks and csv decoding, without Spring. */
class UploadCheckTest {

    private static final ImportProperties LIMITS = new ImportProperties(DataSize.ofKilobytes(64), 10, 5, DataSize.ofKilobytes(256));

    private static ErrorCode refusal(String name, byte[] bytes) {
        try {
            UploadCheck.check(name, bytes, LIMITS);
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    @Test
    void extensionAndSignature_mustAgree() {
        assertThat(UploadCheck.check("清单.CSV", "企业名称\r\n".getBytes(StandardCharsets.UTF_8), LIMITS)).isEqualTo(FileKind.CSV);
        assertThat(refusal("a.csv", new byte[]{'a', 0, 'b'})).isEqualTo(ErrorCode.UNSUPPORTED_FILE);
        assertThat(refusal("a.xlsx", "企业名称".getBytes(StandardCharsets.UTF_8))).isEqualTo(ErrorCode.UNSUPPORTED_FILE);
        assertThat(refusal("a.txt", "x".getBytes(StandardCharsets.UTF_8))).isEqualTo(ErrorCode.UNSUPPORTED_FILE);
        assertThat(refusal("a.csv", new byte[64 * 1024 + 1])).isEqualTo(ErrorCode.FILE_TOO_LARGE);
    }

    @Test
    void csvText_isUtf8WhenItDecodesAsUtf8_elseGb18030() {
        String text = "企业名称,备注\r\n北京华科精密仪器有限公司,全角（括号）\r\n";
        assertThat(CsvRows.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(CsvRows.decode(bom)).isEqualTo(text);
        assertThat(CsvRows.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
        assertThat(CsvRows.decode(("㐀" + text).getBytes(Charset.forName("GB18030")))).isEqualTo("㐀" + text);
    }

    @Test
    void csvRows_carryTheSpreadsheetsRowNumbers_evenAcrossQuotedLineBreaks() {
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        CsvRows.read("a;b\r\n\"x\ny\";z\r\nc;d\r\n".getBytes(StandardCharsets.UTF_8), (n, c) -> {
            numbers.add(n);
            cells.add(c);
        });
        assertThat(numbers).containsExactly(1, 2, 3);
        assertThat(cells.get(1)).containsExactly("x\ny", "z");
    }

    @Test
    void anUnterminatedQuote_isMalformed() {
        assertThatThrownBy(() -> CsvRows.read("a,b\r\n\"x,y\r\n".getBytes(StandardCharsets.UTF_8), (n, c) -> { }))
                .isInstanceOf(DomainException.class).hasMessageContaining("UNSUPPORTED_FILE");
    }

    @Test
    void excelNumbers_becomeExactDecimalText() {
        assertThat(XlsxRows.plain(1234.56)).isEqualTo("1234.56");
        assertThat(XlsxRows.plain(5000.0)).isEqualTo("5000");
        assertThat(XlsxRows.plain(1.0E7)).isEqualTo("10000000");
        assertThat(XlsxRows.plain(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }
}
