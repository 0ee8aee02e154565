package cn.jinghai.crm.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;

/**
 * The audit trail of logins and refusals (DOMAIN.md: "logins, exports and permission refusals are
 * audited"): a row in the event-store database and a line in the log.
 */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("audit");
    private static final int DETAIL_MAX = 500;

    public enum Action { LOGIN, LOGIN_FAILED, LOGIN_LOCKED, ACCESS_DENIED, USER_CREATED, EXPORT }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Action action, String username, String detail, String remoteAddr) {
        String shortDetail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        String shortUser = username == null || username.length() <= 64 ? username : username.substring(0, 64);
        log.info("{} user={} from={} {}", action, shortUser, remoteAddr, shortDetail == null ? "" : shortDetail);
        jdbc.update("INSERT INTO audit_log (at, username, action, detail, remote_addr) VALUES (?, ?, ?, ?, ?)",
                clock.millis(), shortUser, action.name(), shortDetail, remoteAddr);
    }

    /**
     * A permission refusal, whichever adapter answers it (the API's error handler, a screen, the
     * navigation to a page the role may not open): ACCESS_DENIED with the detail "{@code what (reason)}",
     * the signed-in user and the address of the current request. Call it once per refusal.
     */
    public void refused(String what, String reason) {
        var actor = CurrentActor.get();
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
        record(Action.ACCESS_DENIED, actor == null ? null : actor.username(), what + " (" + reason + ")", address);
    }

    public int count(Action action, String username) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = ? AND username = ?",
                Integer.class, action.name(), username);
        return n == null ? 0 : n;
    }
}
