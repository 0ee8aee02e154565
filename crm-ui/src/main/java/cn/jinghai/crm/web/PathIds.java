package cn.jinghai.crm.web;

import cn.jinghai.crm.common.api.DomainException;

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
}
