/** Ambassadors' reward standing and the recorded reward approvals; one service for the API and the screens. */
package cn.jinghai.crm.ambassador.application;
