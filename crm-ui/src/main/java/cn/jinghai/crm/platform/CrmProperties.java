package cn.jinghai.crm.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The application's settings (README, "Configuration"); each is overridable by the environment
 * variable named in API.md, for example {@code CRM_DATA_DIR} for {@code crm.data-dir}.
 *
 * @param dataDir       folder of the embedded stores
 * @param demoData      load the demo district on first start into an empty store
 * @param adminPassword password of the bootstrap {@code admin} user; generated and logged once if blank
 * @param eventstore    PostgreSQL event store; blank URL means the embedded SQLite file
 * @param mongodb       MongoDB for the read side; blank URI means the embedded in-process server
 */
@ConfigurationProperties("crm")
public record CrmProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demoData,
        String adminPassword,
        @DefaultValue EventStore eventstore,
        @DefaultValue Mongo mongodb) {

    /**
     * @param aggregateCache     keep recently used aggregates in memory between commands instead of
     *                           replaying their events each time; on by default for the embedded store
     *                           (one process), off by default for PostgreSQL, where several instances may
     *                           write (turn it on only for a single instance)
     * @param aggregateCacheSize how many aggregates the cache keeps (least recently used go first)
     */
    public record EventStore(String url, String user, String password,
                             @DefaultValue("10") int poolSize,
                             Boolean aggregateCache,
                             @DefaultValue("20000") int aggregateCacheSize) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }

        public boolean cachesAggregates() {
            return aggregateCache == null ? embedded() : aggregateCache;
        }
    }

    /**
     * @param snapshotInterval how often the embedded read store is written to its snapshot file in the
     *                         data folder (when anything changed), besides at shutdown; after a crash the
     *                         read models replay the events since the last snapshot
     */
    public record Mongo(String uri, @DefaultValue("crm") String database,
                        @DefaultValue("5m") java.time.Duration snapshotInterval) {
        public boolean embedded() {
            return uri == null || uri.isBlank();
        }
    }
}
