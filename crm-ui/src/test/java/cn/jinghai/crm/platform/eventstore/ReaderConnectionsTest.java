package cn.jinghai.crm.platform.eventstore;

import cn.jinghai.crm.lead.readmodel.list.LeadListProjection;
import cn.jinghai.crm.platform.projection.Projections;
import cn.jinghai.crm.support.AppTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models read new events through the embedded store's reader connections: while a command
 * holds the single writer connection, a read model still replays and reports its progress.
 */
class ReaderConnectionsTest extends AppTestBase {

    @Autowired
    DataSource writer;

    @Autowired
    Projections projections;

    @Test
    void aReadModelReplays_whileTheWriterConnectionIsHeld() throws Exception {
        registerLead("ziya", "ZIYA");
        try (Connection held = writer.getConnection()) {
            held.setAutoCommit(false);
            assertThat(projections.rebuild(LeadListProjection.PROCESSING_GROUP)).hasSize(1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !projections.isRebuilding(LeadListProjection.PROCESSING_GROUP));
            held.rollback();
        }
        assertThat(projections.isRebuilding(LeadListProjection.PROCESSING_GROUP)).isFalse();
    }
}
