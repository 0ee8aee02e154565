/** Industry chains: read by staff, added or renamed by the district office; one service for the API and the screens. */
package cn.jinghai.crm.chain.application;
