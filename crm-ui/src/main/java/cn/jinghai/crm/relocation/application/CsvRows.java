package cn.jinghai.crm.relocation.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a csv list: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a
 * superset of GBK, what Excel and WPS save on Chinese Windows). Valid GBK text is almost never valid
 * UTF-8, so a strict UTF-8 decode is the detector. The delimiter is the comma, or the tab or
 * semicolon when the first line holds more of those.
 */
final class CsvRows {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvRows() {
    }

    static void read(byte[] bytes, RowSink sink) {
        String text = decode(bytes);
        // an unterminated quote would swallow every following row into one cell: refuse the file instead
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text)).setLenientEof(false).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                sink.row(Math.toIntExact(record.getRecordNumber()), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ImportErrors.unsupported("error.import.malformed");
        }
    }

    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict(StandardCharsets.UTF_8).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030).decode(content.rewind().position(offset)).toString();
            } catch (CharacterCodingException neither) {
                throw ImportErrors.unsupported("error.import.encoding");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
