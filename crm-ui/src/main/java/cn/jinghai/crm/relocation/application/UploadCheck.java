package cn.jinghai.crm.relocation.application;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Checks an upload before any parser sees it: its size, that its extension is one we read, and that
 * its bytes are what the extension claims (an xlsx is a zip whose entries and inflated size stay
 * within limits; a csv is text without control bytes).
 */
public final class UploadCheck {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private UploadCheck() {
    }

    public static FileKind check(String fileName, byte[] bytes, ImportProperties limits) {
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw ImportErrors.tooLarge("error.import.fileTooLarge", limits.maxFileSize().toMegabytes());
        }
        if (bytes.length == 0) {
            throw ImportErrors.unsupported("error.import.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xlsx")) {
            if (!startsWith(bytes, ZIP)) {
                throw ImportErrors.unsupported("error.import.notXlsx");
            }
            scanZip(bytes, limits);
            return FileKind.XLSX;
        }
        if (name.endsWith(".csv")) {
            if (!isText(bytes)) {
                throw ImportErrors.unsupported("error.import.notCsv");
            }
            return FileKind.CSV;
        }
        throw ImportErrors.unsupported("error.import.extension");
    }

    /**
     * Inflates every entry once, counting real bytes rather than trusting the sizes the zip declares,
     * and stops as soon as a limit is passed: a zip bomb costs at most the limit's worth of work.
     */
    private static void scanZip(byte[] bytes, ImportProperties limits) {
        long budget = limits.maxUnzippedSize().toBytes();
        long inflated = 0;
        int entries = 0;
        boolean contentTypes = false;
        byte[] buffer = new byte[64 * 1024];
        // the central directory, not a streaming read: streaming writers (POI's SXSSF among them) store
        // entries with data descriptors that a forward-only zip reader cannot follow
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > limits.maxZipEntries()) {
                    throw ImportErrors.unsupported("error.import.zipEntries", limits.maxZipEntries());
                }
                if (!zip.canReadEntryData(entry)) {
                    throw ImportErrors.unsupported("error.import.malformed");
                }
                contentTypes |= "[Content_Types].xml".equals(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    inflated += drain(in, buffer, budget - inflated);
                }
                if (inflated > budget) {
                    throw ImportErrors.tooLarge("error.import.zipTooLarge", limits.maxUnzippedSize().toMegabytes());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ImportErrors.unsupported("error.import.malformed");
        }
        if (entries == 0 || !contentTypes) {
            throw ImportErrors.unsupported("error.import.notXlsx");
        }
    }

    /** Reads an entry to its end or until one byte past {@code remaining}; answers the bytes read. */
    private static long drain(InputStream in, byte[] buffer, long remaining) throws IOException {
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > remaining) {
                return total;
            }
        }
        return total;
    }

    /** Text in UTF-8 or GB18030 never holds bytes below 0x20 other than tab, line feed, form feed and return. */
    static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
