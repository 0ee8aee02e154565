/** Application services shared by the REST API and the web UI where one use case sends several commands together. */
package cn.jinghai.crm.referral.application;
