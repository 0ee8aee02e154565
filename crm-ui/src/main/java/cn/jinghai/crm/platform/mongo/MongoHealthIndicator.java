package cn.jinghai.crm.platform.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The read store answers a ping (Spring Boot's own Mongo indicator needs Spring Data, which we do not use). */
@Component("mongo")
public class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public MongoHealthIndicator(MongoDatabase database) {
        super("MongoDB health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = database.runCommand(new Document("ping", 1));
        builder.up().withDetail("ping", result.get("ok"));
    }
}
