/** The industry-chain endpoints: list chains, add or rename one. */
package cn.jinghai.crm.chain.web;
