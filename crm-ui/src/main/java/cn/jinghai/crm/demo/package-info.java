/**
 * The demo district ({@code CRM_DEMO_DATA=true}): on the first start of an empty embedded store, a
 * seeded, repeatable year 2022 of Jinghai's investment attraction is recorded through the same commands
 * and the same actor metadata as real use, each with Axon's clock set to the instant it "happened":
 * the units of the work report with staff and quotas, the 2022 targets, some three hundred leads
 * moving through the stages with activities, hand-overs from the Beijing office, funding tranches in
 * every state, referrals and reward approvals, and corrections recorded after month ends, so that
 * figures as of a past date and month-end restatements differ from today's. {@link
 * cn.jinghai.crm.demo.DemoDistrict} holds the data, {@link cn.jinghai.crm.demo.DemoStoryteller} and
 * {@link cn.jinghai.crm.demo.DemoLeadStories} write the chronology into a {@link
 * cn.jinghai.crm.demo.DemoTimeline}, and {@link cn.jinghai.crm.demo.DemoDataLoader} plays it once at
 * start-up; {@link cn.jinghai.crm.demo.DemoSettingsGuard} refuses demo mode on production stores.
 */
package cn.jinghai.crm.demo;
