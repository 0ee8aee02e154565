package cn.jinghai.crm.platform.web;

import cn.jinghai.crm.common.api.DomainException;
import cn.jinghai.crm.lead.api.LeadId;

import java.util.regex.Pattern;

/**
 * Ids in URL paths (leads, tranches, referrals: UUIDs). Anything that cannot be such an id is simply
 * unknown (404), like any other unknown id, so no answer depends on what a caller typed.
 */
public final class PathIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private PathIds() {
    }

    /** The id as given, or a 404 with {@code notFoundKey} when it cannot be one. */
    public static String check(String id, String notFoundKey) {
        if (id == null || !ID.matcher(id).matches()) {
            throw DomainException.notFound(notFoundKey);
        }
        return id;
    }

    /** A lead's id from a path: one that cannot be a lead's is simply unknown (404). */
    public static LeadId lead(String id) {
        return new LeadId(check(id, "error.lead.notFound"));
    }
}
