/** The staff application's frame and menu. */
package cn.jinghai.crm.ui.layout;
