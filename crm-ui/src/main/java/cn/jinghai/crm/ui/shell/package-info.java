/**
 * The web UI's shell: page settings, theme, the UI's security chain (form login, session timeout), and
 * the one "not found or not allowed" page every user sees for a route that does not exist or that
 * they may not open, so an ambassador typing a staff address learns nothing of it.
 */
package cn.jinghai.crm.ui.shell;
