package cn.jinghai.crm.browser;

import cn.jinghai.crm.browser.pages.LoginPage;
import cn.jinghai.crm.browser.pages.Shell;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, each role's home, the menu each role sees, the language switch and sign-out. */
class SignInIT extends BrowserTestBase {

    @Test
    void loginPage_isChineseFirst() {
        driver.get(url("/login"));
        LoginPage login = new LoginPage(driver);
        assertThat(login.title()).isEqualTo("静海区招商引资管理平台");
        Browser.screenshot(driver, "login");
    }

    @Test
    void wrongPassword_showsTheErrorAndStaysOnTheLoginPage() {
        Shell shell = signIn("leader", "not-the-password");
        assertThat(shell.path()).isEqualTo("/login");
        assertThat(new LoginPage(driver).errorShown()).isTrue();
    }

    @Test
    void staff_landOnTheDashboard_andSeeOnlyTheirMenu() {
        Shell leader = signIn("leader");
        assertThat(leader.has("dashboard-view")).isTrue();
        assertThat(leader.menu()).contains("驾驶舱");
        leader.signOut();
        assertThat(new Shell(driver).path()).isEqualTo("/login");
    }

    @Test
    void languageSwitch_showsEnglish_andBack() {
        Shell shell = signIn("office2");
        shell.switchLanguage();
        assertThat(shell.menu()).contains("Dashboard");
        shell.switchLanguage();
        assertThat(shell.menu()).contains("驾驶舱");
    }

    @Test
    void anonymous_isSentToTheLoginPage() {
        driver.manage().deleteAllCookies();
        open("dashboard");
        assertThat(new Shell(driver).path()).isEqualTo("/login");
    }
}
