/** Read-model progress and rebuild while running; one service for the API and the rebuild page. */
package cn.jinghai.crm.rebuild.application;
