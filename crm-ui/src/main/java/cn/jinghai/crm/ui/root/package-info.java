/** The start page: a redirect to the role's home. */
package cn.jinghai.crm.ui.root;
