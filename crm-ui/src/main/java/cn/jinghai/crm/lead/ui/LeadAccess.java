package cn.jinghai.crm.lead.ui;

import cn.jinghai.crm.common.api.Actor;
import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.ui.support.CurrentUser;

/**
 * Which write buttons to show. Only what to offer: the domain checks every command again, so a
 * button shown wrongly would be refused, never obeyed. Leadership reads everything, writes nothing.
 */
final class LeadAccess {

    /** The Beijing investment office's unit code (API.md); it may hand its own leads to other units. */
    static final String BEIJING_OFFICE = "BEIJING_OFFICE";

    private LeadAccess() {
    }

    static boolean mayRegister(CurrentUser user) {
        return user.actor().mayWorkLeads();
    }

    static boolean mayWork(CurrentUser user, String leadUnit) {
        return leadUnit != null && user.actor().mayWorkLeadOf(leadUnit);
    }

    static boolean mayReassign(CurrentUser user, String leadUnit) {
        Actor actor = user.actor();
        return actor.is(Role.DISTRICT_OFFICE)
                || actor.is(Role.PARK_TEAM) && BEIJING_OFFICE.equals(actor.unitCode()) && BEIJING_OFFICE.equals(leadUnit);
    }

    /** Whether the user picks a unit in filters and forms (the office and leadership see every unit). */
    static boolean seesEveryUnit(CurrentUser user) {
        return !user.actor().is(Role.PARK_TEAM);
    }
}
