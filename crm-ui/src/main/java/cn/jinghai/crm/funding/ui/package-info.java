/**
 * The funding verification queue: the district office verifies, rejects or reverses reported
 * tranches. The rule that nobody decides a tranche they reported is the lead aggregate's; the view
 * only disables the actions for one's own reports and explains why.
 */
package cn.jinghai.crm.funding.ui;
