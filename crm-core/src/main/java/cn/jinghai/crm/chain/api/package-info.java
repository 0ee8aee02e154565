/** Industry chains (产业链), reference data: the command, the event, the standard nine and the directory port. */
package cn.jinghai.crm.chain.api;
