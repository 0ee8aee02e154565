package cn.jinghai.crm.lead.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PageFetchTest {

    private static final List<Integer> ROWS = IntStream.range(0, 130).boxed().toList();

    private static List<Integer> page(int page, int size) {
        int from = Math.min(page * size, ROWS.size());
        return ROWS.subList(from, Math.min(from + size, ROWS.size()));
    }

    @Test
    void alignedWindow_isOnePage() {
        assertThat(PageFetch.window(50, 50, 200, PageFetchTest::page)).isEqualTo(ROWS.subList(50, 100));
    }

    @Test
    void unalignedWindow_isCutFromTwoPages() {
        assertThat(PageFetch.window(30, 50, 200, PageFetchTest::page)).isEqualTo(ROWS.subList(30, 80));
        assertThat(PageFetch.window(110, 50, 200, PageFetchTest::page)).isEqualTo(ROWS.subList(110, 130));
    }

    @Test
    void limitIsCappedAtTheReadSidesMaximum() {
        assertThat(PageFetch.window(0, 500, 100, PageFetchTest::page)).hasSize(100);
    }
}
