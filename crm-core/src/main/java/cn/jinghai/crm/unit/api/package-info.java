/** Units (招商主体) as messages: the command that defines a unit, its events, and the directory port. */
package cn.jinghai.crm.unit.api;
