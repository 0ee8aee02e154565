package cn.jinghai.crm.funding.readmodel;

import cn.jinghai.crm.lead.api.TrancheStatus;

/** Tranches of one status (the queue: REPORTED), oldest report first. */
public record FindTranchesQuery(TrancheStatus status) {
}
