/** The district office's users page: staff accounts and ambassadors. */
package cn.jinghai.crm.user.ui;
