package cn.jinghai.crm.lead.readmodel;

import cn.jinghai.crm.lead.api.Contact;
import cn.jinghai.crm.lead.api.LeadDetailsChangedEvent;
import cn.jinghai.crm.lead.api.LeadId;
import cn.jinghai.crm.lead.readmodel.detail.HistoryData;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event a lead's stream can hold has an entry in its history, and phones are masked on request. */
class HistoryDataTest {

    @Test
    void everyLeadEventHasAHistoryEntry() throws Exception {
        List<Class<?>> events = new ClassFileImporter().importPackages("cn.jinghai.crm.lead.api").stream()
                .filter(c -> c.getSimpleName().endsWith("Event") && c.isRecord())
                .map(JavaClass::reflect)
                .toList();
        assertThat(events).hasSizeGreaterThanOrEqualTo(9);
        for (Class<?> type : events) {
            Object event = blank(type);
            assertThat(HistoryData.of(event, false)).as(type.getSimpleName()).isPresent();
        }
    }

    @Test
    void phonesAreMaskedOnlyWhenAsked() {
        LeadDetailsChangedEvent changed = new LeadDetailsChangedEvent(new LeadId("l1"), "甲公司", null, "项目", null, null,
                null, null, false, false, false, List.of(new Contact("王经理", "总经理", "13800138000")), null);
        HistoryData.DetailsChanged masked = (HistoryData.DetailsChanged) HistoryData.of(changed, true).orElseThrow();
        HistoryData.DetailsChanged shown = (HistoryData.DetailsChanged) HistoryData.of(changed, false).orElseThrow();
        assertThat(masked.contacts().get(0).phone()).isEqualTo("138****8000");
        assertThat(masked.contacts().get(0).name()).isEqualTo("王经理");
        assertThat(shown.contacts().get(0).phone()).isEqualTo("13800138000");
    }

    @Test
    void otherObjectsHaveNoEntry() {
        assertThat(HistoryData.of("not an event", false)).isEmpty();
    }

    private static Object defaultOf(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }

    /** A record of the given type with every component at its type's default (null, false or zero). */
    private static Object blank(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = defaultOf(types[i]);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }
}
