package cn.jinghai.crm.web.reports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Download answers and the unit conversion the city's reports use (万元). */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** Yuan to 万元, exactly (a decimal shift, no rounding). */
    static BigDecimal wan(cn.jinghai.crm.common.api.CnyAmount yuan) {
        return yuan == null ? null : yuan.value().movePointLeft(4).stripTrailingZeros();
    }

    static BigDecimal wan(String yuan) {
        return yuan == null ? null : new BigDecimal(yuan).movePointLeft(4).stripTrailingZeros();
    }
}
