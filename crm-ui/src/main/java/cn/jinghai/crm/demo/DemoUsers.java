package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.security.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's users, with fixed passwords documented in the README (demo mode only): one to sign in
 * with per role ({@code office}, {@code ziya}, {@code leader}, {@code ambassador}), a park-team user
 * per unit named after its code in lower case, and four more ambassadors. They are created through
 * {@link UserAccounts}, as {@code POST /api/users} does, recorded as created by {@code demo}.
 */
final class DemoUsers {

    static final String OFFICE = "office";
    static final String LEADER = "leader";
    static final String AMBASSADOR = "ambassador";
    static final String OFFICE_PASSWORD = "demo-office-2022";
    static final String PARK_PASSWORD = "demo-park-2022";
    static final String LEADER_PASSWORD = "demo-leader-2022";
    static final String AMBASSADOR_PASSWORD = "demo-ambassador-2022";

    /** The ambassadors (username, display name); the first is the demo's sign-in user. */
    static final Map<String, String> AMBASSADORS = new LinkedHashMap<>();

    static {
        AMBASSADORS.put(AMBASSADOR, "招商名誉大使 张明远");
        AMBASSADORS.put("amb_liu", "招商名誉大使 刘晓峰");
        AMBASSADORS.put("amb_sun", "招商名誉大使 孙丽华");
        AMBASSADORS.put("amb_he", "招商名誉大使 何建军");
        AMBASSADORS.put("amb_qian", "招商名誉大使 钱文斌");
    }

    private record User(String username, String password, String displayName, Role role, String unit) {
    }

    private DemoUsers() {
    }

    /** Creates every demo user; each password is hashed once and the hash shared (BCrypt salts are in the hash). */
    static int create(UserAccounts accounts, PasswordEncoder encoder) {
        List<User> users = new ArrayList<>();
        users.add(new User(OFFICE, OFFICE_PASSWORD, "区招商局 王建华", Role.DISTRICT_OFFICE, null));
        users.add(new User(LEADER, LEADER_PASSWORD, "区政府 副区长 李春来", Role.LEADERSHIP, null));
        for (DemoDistrict.DemoUnit unit : DemoDistrict.UNITS) {
            users.add(new User(unit.username(), PARK_PASSWORD, unit.contact(), Role.PARK_TEAM, unit.code()));
        }
        AMBASSADORS.forEach((username, name) -> users.add(new User(username, AMBASSADOR_PASSWORD, name, Role.AMBASSADOR, null)));
        Map<String, String> hashes = new LinkedHashMap<>();
        int created = 0;
        for (User user : users) {
            String hash = hashes.computeIfAbsent(user.password(), encoder::encode);
            if (accounts.create(user.username(), hash, user.displayName(), user.role(), user.unit(), "demo")) {
                created++;
            }
        }
        return created;
    }
}
