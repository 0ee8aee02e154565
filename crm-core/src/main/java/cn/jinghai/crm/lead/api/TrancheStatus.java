package cn.jinghai.crm.lead.api;

/** A funding tranche's status: only VERIFIED tranches count toward any target or ranking. */
public enum TrancheStatus {
    REPORTED,
    VERIFIED,
    REJECTED,
    REVERSED
}
