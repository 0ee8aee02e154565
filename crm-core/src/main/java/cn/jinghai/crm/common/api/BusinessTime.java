package cn.jinghai.crm.common.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are in China Standard Time (DOMAIN.md, "Money"). */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    /** Today's date in China Standard Time, on the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
