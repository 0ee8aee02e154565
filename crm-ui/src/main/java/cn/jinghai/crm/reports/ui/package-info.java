/** Download links the screens embed: the lead list with the filters on screen, the monthly report for the city. */
package cn.jinghai.crm.reports.ui;
