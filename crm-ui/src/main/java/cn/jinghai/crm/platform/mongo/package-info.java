/** The read store: MongoDB through the official driver, embedded in process by default, and Axon's token store on it. */
package cn.jinghai.crm.platform.mongo;
