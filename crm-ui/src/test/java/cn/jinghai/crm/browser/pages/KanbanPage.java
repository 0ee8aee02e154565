package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The stage board (route {@code leads/board}). */
public class KanbanPage extends Shell {

    public KanbanPage(WebDriver driver) {
        super(driver);
        Vaadin.byId(driver, "kanban-board");
        Browser.settle(driver);
    }

    public String column(String stageCode) {
        return driver.findElement(By.id("column-" + stageCode)).getText();
    }

    public boolean draggable(String leadId) {
        return "true".equals(driver.findElement(By.id("card-" + leadId)).getDomAttribute("draggable"));
    }

    /**
     * Drags a card onto a column. Selenium's actions cannot drive HTML5 drag and drop, so the
     * browser's own drag events are dispatched with a real DataTransfer, as a user's drag fires them.
     */
    public StageMoveDialog drag(String leadId, String stageCode) {
        WebElement card = driver.findElement(By.id("card-" + leadId));
        WebElement column = driver.findElement(By.id("column-" + stageCode));
        ((JavascriptExecutor) driver).executeScript(
                "const [src, dst] = arguments; const dt = new DataTransfer();"
                        + "const fire = (el, type) => el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: dt}));"
                        + "fire(src, 'dragstart'); fire(dst, 'dragenter'); fire(dst, 'dragover'); fire(dst, 'drop'); fire(src, 'dragend');",
                card, column);
        Browser.settle(driver);
        return new StageMoveDialog(driver);
    }
}
