package cn.jinghai.crm.ui.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text exists in both languages: the Chinese and English bundles have the same keys, no
 * key is defined by two features, and every literal key the views ask for is defined. The provider
 * answers Chinese by default and never falls back to the machine's language.
 */
class UiTextsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");

    @Test
    void bothLanguagesHaveTheSameKeys_andNoKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : CrmI18NProvider.BUNDLES) {
            Properties zh = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            assertThat(en.stringPropertyNames()).as(bundle).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                assertThat(seen.add(key)).as("key " + key + " defined again in " + bundle).isTrue();
                assertThat(zh.getProperty(key)).as(bundle + " " + key).isNotBlank();
                assertThat(en.getProperty(key)).as(bundle + "_en " + key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyTheViewsAskForIsDefined() throws IOException {
        CrmI18NProvider provider = new CrmI18NProvider();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/jinghai/crm/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    for (Locale locale : provider.getProvidedLocales()) {
                        if (provider.getTranslation(m.group(1), locale).startsWith("!")) {
                            missing.add(m.group(1) + " (" + locale + ", " + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCodeOfTheDomainHasItsName() {
        CrmI18NProvider provider = new CrmI18NProvider();
        Set<String> missing = new TreeSet<>();
        Stream.of(cn.jinghai.crm.lead.api.Channel.values()).forEach(c -> check(provider, "channel." + c.name(), missing));
        Stream.of(cn.jinghai.crm.lead.api.Stage.values()).forEach(c -> check(provider, "stage." + c.name(), missing));
        Stream.of(cn.jinghai.crm.lead.api.CapitalOrigin.values()).forEach(c -> check(provider, "origin." + c.name(), missing));
        Stream.of(cn.jinghai.crm.unit.api.UnitKind.values()).forEach(c -> check(provider, "unitKind." + c.name(), missing));
        Stream.of(cn.jinghai.crm.common.api.Role.values()).forEach(c -> check(provider, "role." + c.name(), missing));
        Stream.of("LEAD", "FLAGS", "REASSIGNED", "SIGNED", "TRANCHE", "VERIFIED", "REVERSED", "TARGETS", "QUOTA", "UNIT", "REWARD")
                .forEach(t -> check(provider, "dash.restatement.type." + t, missing));
        assertThat(missing).isEmpty();
    }

    private static void check(CrmI18NProvider provider, String key, Set<String> missing) {
        for (Locale locale : provider.getProvidedLocales()) {
            if (provider.getTranslation(key, locale).startsWith("!")) {
                missing.add(key + " (" + locale + ")");
            }
        }
    }

    @Test
    void chineseByDefault_englishOnRequest_neverTheMachinesLanguage() {
        CrmI18NProvider provider = new CrmI18NProvider();
        assertThat(provider.getTranslation("app.title", Locale.SIMPLIFIED_CHINESE)).isEqualTo("静海区招商引资管理平台");
        assertThat(provider.getTranslation("app.title", Locale.GERMAN)).isEqualTo("静海区招商引资管理平台");
        assertThat(provider.getTranslation("app.title", null)).isEqualTo("静海区招商引资管理平台");
        assertThat(provider.getTranslation("app.title", Locale.US)).isEqualTo("Jinghai Investment Attraction Platform");
        assertThat(provider.getTranslation("dash.kpi.count", Locale.SIMPLIFIED_CHINESE, 97)).isEqualTo("97 个");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
