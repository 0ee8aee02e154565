/** Creating users: one use case for {@code POST /api/users} and the users page. */
package cn.jinghai.crm.user.application;
