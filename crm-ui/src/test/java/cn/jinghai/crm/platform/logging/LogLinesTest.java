package cn.jinghai.crm.platform.logging;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.Fixtures;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static cn.jinghai.crm.support.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the log: input cannot forge a line, and a refused command is one line, not a stack
 * trace (a flood of bad requests must not fill the disk).
 */
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest extends AppTestBase {

    @Test
    void aLineFeedInAUsername_cannotForgeALogLine(CapturedOutput output) {
        String forged = "FORGED 2026-01-01T00:00:00Z INFO audit : LOGIN user=admin";
        TestApi.Response answer = api.get("/api/me", "nobody\r\n" + forged, "wrong-password");
        assertThat(answer.status()).isEqualTo(401);

        List<String> lines = Arrays.asList(output.getAll().split("\n"));
        assertThat(lines).noneMatch(line -> line.startsWith("FORGED"));
        assertThat(lines).anyMatch(line -> line.contains("LOGIN_FAILED") && line.contains("nobody\\r\\nFORGED"));
    }

    @Test
    void aRefusedCommand_isOneLineWithoutAStackTrace(CapturedOutput output) {
        int before = output.getAll().length();
        TestApi.Response refused = as("ziya", "POST", "/api/leads",
                with(Fixtures.lead("ZIYA"), "plannedInvestmentCny", "-1"));
        assertThat(refused.status()).isEqualTo(400);
        String id = registerLead("ziya", "ZIYA");
        TestApi.Response illegal = as("ziya", "POST", "/api/leads/" + id + "/stage",
                Map.of("stage", "REGISTERED", "date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        assertThat(illegal.status()).isEqualTo(409);

        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("DomainException: ");
        assertThat(logged.lines().filter(line -> line.contains("Refused") && line.contains("RegisterLeadCommand"))
                .toList()).singleElement().asString().contains("VALIDATION", "error.amount.notPositive");
        assertThat(logged.lines().filter(line -> line.contains("Refused") && line.contains("MoveLeadStageCommand"))
                .toList()).hasSize(1);
    }
}
