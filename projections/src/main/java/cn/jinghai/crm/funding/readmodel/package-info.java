/** The district office's funding verification queue. */
package cn.jinghai.crm.funding.readmodel;
