/** The user endpoints: the district office creates users; anyone signed in may ask who they are. */
package cn.jinghai.crm.user.web;
