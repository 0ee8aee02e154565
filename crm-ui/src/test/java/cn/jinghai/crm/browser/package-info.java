/**
 * Browser tests (failsafe, {@code *IT}): each role's main journey through the real UI in headless
 * Chromium, with the application started in the test JVM.
 */
package cn.jinghai.crm.browser;
