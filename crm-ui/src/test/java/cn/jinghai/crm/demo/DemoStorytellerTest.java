package cn.jinghai.crm.demo;

import cn.jinghai.crm.common.api.CreditCode;
import cn.jinghai.crm.lead.api.MoveLeadStageCommand;
import cn.jinghai.crm.lead.api.RecordActivityCommand;
import cn.jinghai.crm.lead.api.RegisterLeadCommand;
import cn.jinghai.crm.lead.api.ReportTrancheCommand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo year without the application: repeatable, chronological, realistic enough. */
class DemoStorytellerTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 18);

    private static List<DemoTimeline.Step> story() {
        return new DemoStoryteller().tell(() -> { }, TODAY).inOrder();
    }

    @Test
    void theSameSeedTellsTheSameYear() {
        List<DemoTimeline.Step> first = story();
        List<DemoTimeline.Step> second = story();
        assertThat(second).hasSameSizeAs(first);
        for (int i = 1; i < first.size(); i++) { // step 0 is the foundation (a lambda)
            assertThat(second.get(i).at()).isEqualTo(first.get(i).at());
            assertThat(second.get(i).actor()).isEqualTo(first.get(i).actor());
            assertThat(second.get(i).command()).isEqualTo(first.get(i).command());
        }
    }

    @Test
    void businessDatesAreNeverAfterTheRecordingDateAndNamesAreUnique() {
        Set<String> companies = new HashSet<>();
        int leads = 0;
        for (DemoTimeline.Step step : story()) {
            LocalDate recorded = DemoTimeline.dateOf(step.at());
            Object command = step.command();
            LocalDate business = command instanceof MoveLeadStageCommand move ? move.date()
                    : command instanceof RecordActivityCommand activity ? activity.date()
                    : command instanceof ReportTrancheCommand tranche ? tranche.arrivalDate() : null;
            if (business != null) {
                assertThat(business).as(step.toString()).isBeforeOrEqualTo(recorded);
            }
            if (step.command() instanceof RegisterLeadCommand register) {
                leads++;
                assertThat(companies.add(register.companyName())).as(register.companyName()).isTrue();
                if (register.creditCode() != null) {
                    assertThat(CreditCode.isValid(register.creditCode().value())).isTrue();
                }
            }
        }
        assertThat(leads).isBetween(280, 350);
    }
}
