package cn.jinghai.crm.platform.errors;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The error body of API.md: a stable code, a human message (Chinese or English), the field or null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorBody(String error, String message, String field) {
}
