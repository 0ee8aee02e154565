package cn.jinghai.crm.relocation.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on list uploads (README, "Relocation lists"), enforced on the server.
 *
 * @param maxFileSize     largest upload accepted ({@code CRM_IMPORT_MAX_FILE_SIZE})
 * @param maxRows         most data rows in one file
 * @param maxZipEntries   most entries in an xlsx (a zip)
 * @param maxUnzippedSize most bytes an xlsx may inflate to: beyond it the file is refused as a zip bomb
 */
@ConfigurationProperties("crm.imports")
public record ImportProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("50000") int maxRows,
        @DefaultValue("1000") int maxZipEntries,
        @DefaultValue("100MB") DataSize maxUnzippedSize) {
}
