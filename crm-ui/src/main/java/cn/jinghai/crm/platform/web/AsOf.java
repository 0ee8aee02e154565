package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.common.api.BusinessTime;
import cn.jinghai.crm.common.api.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code asOf} (API.md): an ISO-8601 instant with an offset, or a date meaning the end of that
 * day in China Standard Time (everything recorded before the next day began there).
 */
public final class AsOf {

    private AsOf() {
    }

    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant().minusMillis(1);
            }
            // an unencoded '+' of an offset arrives as a space
            return OffsetDateTime.parse(trimmed.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("asOf", "error.asOf");
        }
    }
}
