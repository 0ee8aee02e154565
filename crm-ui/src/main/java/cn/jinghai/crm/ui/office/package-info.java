/**
 * The district office's screens (funding verification, referral inbox, units and targets, users,
 * ambassadors' rewards, read-model rebuild) and the small pieces they share: a reason dialog, the
 * success notice and money entered in 万元/亿元. Each screen talks to its own thin service, which
 * sends the same commands and queries as the REST controller doing the same job; every rule is the
 * domain's, and its refusals are shown through {@code UiErrors}.
 */
package cn.jinghai.crm.ui.office;
