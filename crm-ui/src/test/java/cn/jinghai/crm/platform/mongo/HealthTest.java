package cn.jinghai.crm.platform.mongo;

import cn.jinghai.crm.support.AppTestBase;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Health is UP only while both stores answer: with the read store gone it reports DOWN (503). */
@DirtiesContext
class HealthTest extends AppTestBase {

    @Autowired
    private MongoConfig.EmbeddedMongo mongo;

    @Test
    void healthGoesDownWhenTheReadStoreStopsAnswering() {
        assertThat(api.get("/actuator/health", null, null).body()).isEqualTo("{\"status\":\"UP\"}");
        mongo.server().shutdownNow();
        TestApi.Response down = api.get("/actuator/health", null, null);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\"}");
    }
}
