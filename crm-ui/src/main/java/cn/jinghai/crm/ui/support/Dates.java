package cn.jinghai.crm.ui.support;

import cn.jinghai.crm.common.api.BusinessTime;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Dates as yyyy-MM-dd, times in China Standard Time, and date pickers localised to the UI's language. */
public final class Dates {

    public static final ZoneId CST = BusinessTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(CST));
    }

    public static LocalDate today() {
        return LocalDate.now(CST);
    }

    /** A date picker showing and parsing yyyy-MM-dd, with month and weekday names in the UI's language. */
    public static DatePicker picker(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
            i18n.setFirstDayOfWeek(0);
        } else {
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月",
                    "十月", "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setToday("今天");
            i18n.setCancel("取消");
            i18n.setFirstDayOfWeek(1);
        }
        return i18n;
    }
}
