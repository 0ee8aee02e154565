package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The district office's funding verification queue (route {@code funding}). */
public class VerificationQueuePage extends Shell {

    public VerificationQueuePage(WebDriver driver) {
        super(driver);
        VaadinUi.wait(driver).until(d -> !d.findElements(By.id("funding-view")).isEmpty());
        Browser.settle(driver);
    }

    /** Whether the tranche is listed (under the status filter shown). */
    public boolean shows(String trancheId) {
        return VaadinUi.present(driver, "lead-link-" + trancheId);
    }

    /** Waits (refreshing) until the tranche is listed: the read model follows a command within moments. */
    public VerificationQueuePage awaitTranche(String trancheId) {
        VaadinUi.wait(driver).until(d -> {
            if (shows(trancheId)) {
                return true;
            }
            VaadinUi.click(d, "funding-refresh");
            return shows(trancheId);
        });
        return this;
    }

    public boolean mayVerify(String trancheId) {
        return VaadinUi.enabled(driver, "verify-" + trancheId);
    }

    /** Whether the row says the tranche is the signed-in user's own report. */
    public boolean showsOwnReport(String trancheId) {
        return VaadinUi.present(driver, "own-report-" + trancheId);
    }

    /** Verifies through the confirm dialog. */
    public void verify(String trancheId) {
        VaadinUi.click(driver, "verify-" + trancheId);
        VaadinUi.click(driver, "verify-confirm-button");
    }

    public void reject(String trancheId, String reason) {
        VaadinUi.click(driver, "reject-" + trancheId);
        VaadinUi.type(driver, "reason-field", reason);
        VaadinUi.click(driver, "reason-confirm");
    }

    /** Shows the tranches of one status, by its label (e.g. 已核实). */
    public VerificationQueuePage filterStatus(String label) {
        VaadinUi.select(driver, "funding-status", label);
        return this;
    }

    public boolean emptyStateShown() {
        return driver.findElement(By.id("funding-empty")).isDisplayed();
    }

    /** Waits for a notice containing {@code text} and answers its whole text. */
    public String awaitNotice(String text) {
        return VaadinUi.awaitNotification(driver, text);
    }
}
