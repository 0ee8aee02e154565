/** The lead endpoints of the HTTP API: registration, stage moves, activities, the list, one lead and its history. */
package cn.jinghai.crm.lead.web;
