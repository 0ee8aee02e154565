package cn.jinghai.crm.lead.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The leads bundle has the same keys in Chinese and English. */
class LeadsBundleTest {

    @Test
    void bothLanguages_haveTheSameKeys() throws IOException {
        assertThat(load("i18n/leads_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/leads.properties").stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = LeadsBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
