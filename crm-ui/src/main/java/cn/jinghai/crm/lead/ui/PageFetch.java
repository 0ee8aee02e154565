package cn.jinghai.crm.lead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A grid asks for any offset and limit; the read side answers pages. This covers the asked window
 * with at most two pages of the asked size (capped at the read side's maximum) and cuts it out.
 */
final class PageFetch {

    private PageFetch() {
    }

    static <T> List<T> window(int offset, int limit, int maxSize, BiFunction<Integer, Integer, List<T>> page) {
        if (limit <= 0) {
            return List.of();
        }
        int size = Math.min(limit, maxSize);
        int first = offset / size;
        int skip = offset - first * size;
        List<T> rows = new ArrayList<>(page.apply(first, size));
        if (skip > 0 && rows.size() == size) {
            rows.addAll(page.apply(first + 1, size));
        }
        int from = Math.min(skip, rows.size());
        int to = Math.min(from + size, rows.size());
        return rows.subList(from, to);
    }
}
