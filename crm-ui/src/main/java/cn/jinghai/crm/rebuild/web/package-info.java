/** Operator endpoints: read-model rebuild and its progress. */
package cn.jinghai.crm.rebuild.web;
