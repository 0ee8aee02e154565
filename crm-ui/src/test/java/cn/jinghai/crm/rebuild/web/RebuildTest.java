package cn.jinghai.crm.rebuild.web;

import cn.jinghai.crm.platform.projection.BatchEvents;
import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding every read model from the events while the application runs gives the same answers. */
class RebuildTest extends AppTestBase {

    @Autowired
    private MeterRegistry meters;

    @Test
    void aFullRebuildWhileRunning_givesReadModelsIdenticalToTheLiveOnes() {
        assertThat(as("admin", "PUT", "/api/years/2018/quotas/ZIYA", Map.of("quotaCny", "500000")).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            String lead = registerLead("ziya", "ZIYA");
            TestApi.Response tranche = as("ziya", "POST", "/api/leads/" + lead + "/tranches", Map.of("amount", "100000",
                    "currency", "USD", "rateToCny", "6.6174", "origin", "FOREIGN", "arrivalDate", "2018-0" + (i + 3) + "-15",
                    "evidence", "回单 " + i));
            assertThat(as("admin", "POST", "/api/leads/" + lead + "/tranches/" + tranche.text("trancheId") + "/verify", "")
                    .status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).until(this::allReady);
        String progress = as("leader", "GET", "/api/years/2018/progress", null).body();
        String ranking = as("leader", "GET", "/api/years/2018/ranking", null).body();
        String leads = as("office2", "GET", "/api/leads?size=200", null).body();
        String units = as("office2", "GET", "/api/units", null).body();
        String pipeline = as("office2", "GET", "/api/pipeline", null).body();
        String queue = as("office2", "GET", "/api/tranches?status=VERIFIED", null).body();
        assertThat(progress).contains("\"verifiedCny\":\"1985220\"");

        TestApi.Response started = as("admin", "POST", "/api/admin/projections/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("rebuilding").toString()).contains("figures", "lead-list", "reference-data", "referrals");
        await().atMost(Duration.ofSeconds(60)).until(this::allReady);

        assertThat(as("leader", "GET", "/api/years/2018/progress", null).body()).isEqualTo(progress);
        assertThat(as("leader", "GET", "/api/years/2018/ranking", null).body()).isEqualTo(ranking);
        assertThat(as("office2", "GET", "/api/leads?size=200", null).body()).isEqualTo(leads);
        assertThat(as("office2", "GET", "/api/units", null).body()).isEqualTo(units);
        assertThat(as("office2", "GET", "/api/pipeline", null).body()).isEqualTo(pipeline);
        assertThat(as("office2", "GET", "/api/tranches?status=VERIFIED", null).body()).isEqualTo(queue);
    }

    @Test
    void aRebuild_replaysManyEventsPerBatch_inEveryReadModel() {
        for (int i = 0; i < 5; i++) {
            registerLead("ziya", "ZIYA");
        }
        await().atMost(Duration.ofSeconds(30)).until(this::allReady);
        assertThat(as("admin", "POST", "/api/admin/projections/rebuild", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(this::allReady);

        for (String processor : List.of("figures", "lead-list", "pipeline", "reference-data", "referrals",
                "relocation-lists", "tranche-queue")) {
            DistributionSummary sizes = meters.get(BatchEvents.METER).tag("processor", processor).summary();
            assertThat(sizes.max()).as("largest batch of %s", processor).isGreaterThan(1);
        }
    }

    @Test
    void onlyTheOfficeRebuilds_andOnlyKnownReadModels() {
        assertThat(as("ziya", "POST", "/api/admin/projections/rebuild", "").status()).isEqualTo(403);
        assertThat(as("leader", "GET", "/api/admin/projections", null).status()).isEqualTo(403);
        TestApi.Response unknown = as("admin", "POST", "/api/admin/projections/rebuild?name=nope", "");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("field")).isEqualTo("projection");
    }

    private boolean allReady() {
        JsonNode status = as("admin", "GET", "/api/admin/projections", null).json();
        for (JsonNode projection : status) {
            if (projection.get("rebuilding").asBoolean()) {
                return false;
            }
        }
        return status.size() >= 4;
    }
}
