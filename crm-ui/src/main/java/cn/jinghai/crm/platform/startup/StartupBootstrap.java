package cn.jinghai.crm.platform.startup;

import cn.jinghai.crm.platform.lookup.CompanyKeyReport;
import cn.jinghai.crm.platform.lookup.ReferenceDataBootstrap;
import cn.jinghai.crm.platform.security.AdminBootstrap;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Creates what every store has from its first start (the {@code admin} user, the nine chains, the six
 * parks and the Beijing office) before the web server accepts a request: as application runners
 * they ran after the port opened, and a client that saw the health check UP could be refused as
 * "wrong password" or "unknown chain" (RestartIT lost that race in CI). After the demo loader
 * (which creates them itself at the demo's first instant), so a demo store is still empty then.
 */
@Component
public class StartupBootstrap implements SmartLifecycle {

    /** After the demo loader ({@code MAX_VALUE - 2560}), before the web server ({@code MAX_VALUE - 2048}). */
    public static final int PHASE = Integer.MAX_VALUE - 2304;

    private final AdminBootstrap admin;
    private final ReferenceDataBootstrap referenceData;
    private final CompanyKeyReport companyKeys;
    private volatile boolean running;

    public StartupBootstrap(AdminBootstrap admin, ReferenceDataBootstrap referenceData, CompanyKeyReport companyKeys) {
        this.admin = admin;
        this.referenceData = referenceData;
        this.companyKeys = companyKeys;
    }

    @Override
    public void start() {
        admin.run(null);
        referenceData.run(null);
        companyKeys.log();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
