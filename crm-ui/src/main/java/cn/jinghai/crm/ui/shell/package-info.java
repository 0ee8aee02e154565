/** The web UI's shell: page settings, theme and the UI's security chain (form login, session timeout). */
package cn.jinghai.crm.ui.shell;
