package cn.jinghai.crm.browser.pages;

import cn.jinghai.crm.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The district office's referral inbox (route {@code referrals}). */
public class ReferralInboxPage extends Shell {

    public ReferralInboxPage(WebDriver driver) {
        super(driver);
        VaadinUi.wait(driver).until(d -> !d.findElements(By.id("referrals-view")).isEmpty());
        Browser.settle(driver);
    }

    /** Waits (switching tabs to reload) until the submitted referral is listed. */
    public ReferralInboxPage awaitReferral(String referralId) {
        VaadinUi.wait(driver).until(d -> {
            if (VaadinUi.present(d, "accept-" + referralId)) {
                return true;
            }
            VaadinUi.click(d, "referrals-tab-ACCEPTED");
            VaadinUi.click(d, "referrals-tab-SUBMITTED");
            return VaadinUi.present(d, "accept-" + referralId);
        });
        return this;
    }

    /**
     * Accepts into a lead of the unit (its label as listed), with the project, the first chain and the
     * planned investment in 万元; answers the new lead's id from the notification's link.
     */
    public String accept(String referralId, String unitLabel, String project, String plannedWan) {
        VaadinUi.click(driver, "accept-" + referralId);
        VaadinUi.select(driver, "accept-unit", unitLabel);
        VaadinUi.type(driver, "accept-project", project);
        VaadinUi.click(driver, "accept-chain");
        driver.findElements(By.cssSelector(VaadinUi.OPTION)).stream().filter(e -> e.isDisplayed())
                .findFirst().orElseThrow().click();
        Browser.settle(driver);
        VaadinUi.type(driver, "accept-planned-number", plannedWan);
        VaadinUi.check(driver, "accept-beijing");
        VaadinUi.click(driver, "accept-confirm");
        VaadinUi.wait(driver).until(d -> VaadinUi.present(d, "accepted-lead-link"));
        String href = driver.findElement(By.id("accepted-lead-link")).getDomAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    public void decline(String referralId, String reason) {
        VaadinUi.click(driver, "decline-" + referralId);
        VaadinUi.type(driver, "reason-field", reason);
        VaadinUi.click(driver, "reason-confirm");
    }

    public boolean lists(String referralId) {
        return VaadinUi.present(driver, "accept-" + referralId);
    }

    /** Waits for a notice containing {@code text} and answers its whole text. */
    public String awaitNotice(String text) {
        return VaadinUi.awaitNotification(driver, text);
    }
}
