package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.common.api.ErrorCode;

/** The refusals of a whole file (nothing is recorded), each with its stable code. */
final class ImportErrors {

    private ImportErrors() {
    }

    static DomainException unsupported(String key, Object... args) {
        return new DomainException(ErrorCode.UNSUPPORTED_FILE, key, "file", args);
    }

    static DomainException tooLarge(String key, Object... args) {
        return new DomainException(ErrorCode.FILE_TOO_LARGE, key, "file", args);
    }

    static DomainException tooManyRows(int max) {
        return new DomainException(ErrorCode.TOO_MANY_ROWS, "error.import.tooManyRows", "file", max);
    }

    static DomainException missingColumn(String header) {
        return new DomainException(ErrorCode.MISSING_COLUMN, "error.import.missingColumn", header, header);
    }
}
