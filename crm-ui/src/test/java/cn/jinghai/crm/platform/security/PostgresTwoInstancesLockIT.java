package cn.jinghai.crm.platform.security;

import cn.jinghai.crm.support.AppProcess;
import cn.jinghai.crm.support.PostgresStore;
import cn.jinghai.crm.support.TestApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, hole 2, across instances: two application instances share one PostgreSQL store; an
 * account locked through one is refused at once by the other, although the other remembers a
 * successful check of the right password.
 */
@Tag("postgres")
class PostgresTwoInstancesLockIT {

    private static final String PASSWORD = "two-instances-pw-1";

    @TempDir
    Path temp;

    @Test
    void aLockThroughOneInstance_holdsAtOnceOnTheOther() throws Exception {
        String schema = PostgresStore.newSchema();
        try (AppProcess one = PostgresStore.app(temp.resolve("one"), schema).start();
             AppProcess two = PostgresStore.app(temp.resolve("two"), schema).start()) {
            TestApi first = one.api();
            TestApi second = two.api();
            TestApi.Response created = first.post("/api/users", "admin", AppProcess.ADMIN_PASSWORD, TestApi.json(Map.of(
                    "username", "shared-user", "password", PASSWORD, "displayName", "两个实例", "role", "LEADERSHIP")));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(second.get("/api/me", "shared-user", PASSWORD).status()).as("remembered on the second").isEqualTo(200);
            for (int i = 0; i < 5; i++) {
                assertThat(first.get("/api/me", "shared-user", "wrong-" + i).status()).isEqualTo(401);
            }
            assertThat(second.get("/api/me", "shared-user", PASSWORD).status()).as("locked through the first").isEqualTo(401);
            assertThat(first.get("/api/me", "shared-user", PASSWORD).status()).isEqualTo(401);
            one.stop();
            two.stop();
        }
    }
}
