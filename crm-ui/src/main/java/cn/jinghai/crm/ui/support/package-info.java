/** What every view needs: the signed-in user, error notifications, formatting of amounts and dates. */
package cn.jinghai.crm.ui.support;
