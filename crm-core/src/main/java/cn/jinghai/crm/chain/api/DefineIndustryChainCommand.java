package cn.jinghai.crm.chain.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an industry chain (产业链) or renames one; codes are stable once used. */
public record DefineIndustryChainCommand(@TargetAggregateIdentifier String code, String name) {
}
