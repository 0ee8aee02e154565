/** The district office's read-model page: each read model's progress, and a rebuild from the events while running. */
package cn.jinghai.crm.rebuild.ui;
