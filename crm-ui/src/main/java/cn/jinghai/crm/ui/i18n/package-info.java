/**
 * The UI's languages: zh-CN first, English a switch away; texts in per-feature resource bundles,
 * Vaadin components' own texts (date pickers, login) localised from the same bundles.
 */
package cn.jinghai.crm.ui.i18n;
