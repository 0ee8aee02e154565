package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.common.api.DomainException;

/** Reads an {@code If-Match} header: a version number, bare or as an ETag ({@code "3"}, {@code W/"3"}). */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    public static Long parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("\\d{1,18}")) {
            throw DomainException.invalid(HEADER, "error.ifMatch");
        }
        return Long.parseLong(value);
    }
}
