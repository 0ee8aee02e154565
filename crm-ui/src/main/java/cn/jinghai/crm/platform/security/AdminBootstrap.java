package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.common.api.Role;
import cn.jinghai.crm.platform.CrmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * On first start with an empty user table, creates {@code admin} (DISTRICT_OFFICE) with the password
 * from {@code CRM_ADMIN_PASSWORD}, or a generated one printed once in the log. Later starts leave it.
 */
@Component
public class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final CrmProperties properties;

    public AdminBootstrap(UserAccounts users, PasswordEncoder encoder, CrmProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
    }

    /** Run once per start by {@code StartupBootstrap} (and by the demo loader at the demo's first instant). */
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generate() : configured;
        users.create("admin", encoder.encode(password), "系统管理员", Role.DISTRICT_OFFICE, null, "system");
        if (generated) {
            log.warn("Created user 'admin' (DISTRICT_OFFICE) with generated password: {}  (shown once; set CRM_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("Created user 'admin' (DISTRICT_OFFICE) with the password from CRM_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
