/** The figures (progress, ranking, breakdowns, drill-downs, restatement, pipeline), now or as of a past instant; one service for the API, the dashboard and the exports. */
package cn.jinghai.crm.figures.application;
