package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.KanbanPage;
import cn.jinghai.crm.browser.pages.LeadPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stage board: a card dragged to the next column asks for the move's date and moves the lead. */
class KanbanBoardIT extends BrowserTestBase {

    @Test
    void dragToNegotiating_movesTheLead() {
        String id = registerLead("ziya", "ZIYA");
        String company = as("ziya", "GET", "/api/leads/" + id, null).text("companyName");
        signIn("ziya");
        open("leads/board");
        KanbanPage board = new KanbanPage(driver);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            open("leads/board");
            return new KanbanPage(driver).column("LEAD").contains(company);
        });
        board = new KanbanPage(driver);
        assertThat(board.draggable(id)).isTrue();
        board.drag(id, "NEGOTIATING").save();
        assertThat(board.column("NEGOTIATING")).contains(company);
        Browser.screenshot(driver, "leads-board");
        assertThat(as("ziya", "GET", "/api/leads/" + id, null).text("stage")).isEqualTo("NEGOTIATING");
    }

    @Test
    void leadership_cannotDrag() {
        String id = registerLead("ziya", "ZIYA");
        signIn("leader");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            open("leads/board");
            return !driver.findElements(org.openqa.selenium.By.id("card-" + id)).isEmpty();
        });
        assertThat(new KanbanPage(driver).draggable(id)).isFalse();
        open("leads/" + id);
        assertThat(new LeadPage(driver).mayWork()).isFalse();
    }
}
