package cn.jinghai.crm.relocation.application;

import cn.jinghai.crm.relocation.api.RejectionReason;

/** Why a row is rejected, the column as the file names it (null when no one column), and a detail. */
public record Rejection(RejectionReason reason, String column, String detail) {
}
