/** The read models' processors: progress, rebuild while running, and the REBUILDING guard of the figures. */
package cn.jinghai.crm.platform.projection;
