package cn.jinghai.crm.ambassador.ui;

import cn.jinghai.crm.lead.api.Stage;
import cn.jinghai.crm.referral.api.ReferralStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages of the ambassador's texts say the same things, for every status and stage there is. */
class AmbassadorBundleTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = AmbassadorBundleTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys_noneEmpty() throws IOException {
        Properties zh = load("ambassador");
        Properties en = load("ambassador_en");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        zh.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
    }

    @Test
    void everyStatusAndStageHasItsName() throws IOException {
        Properties zh = load("ambassador");
        Arrays.stream(ReferralStatus.values()).forEach(s -> assertThat(zh).containsKey("ambassador.status." + s.name()));
        Arrays.stream(Stage.values()).forEach(s -> assertThat(zh).containsKey("ambassador.stage." + s.name()));
        assertThat(zh.getProperty("ambassador.stage.REGISTERED")).isEqualTo("注册落地");
    }
}
