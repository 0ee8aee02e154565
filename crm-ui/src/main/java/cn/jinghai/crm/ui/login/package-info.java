/** The sign-in page (the only page open to anonymous users). */
package cn.jinghai.crm.ui.login;
