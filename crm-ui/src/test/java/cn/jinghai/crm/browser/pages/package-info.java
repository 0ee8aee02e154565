/** Page objects: what a test may do on each page, in the user's terms, hiding Vaadin's DOM. */
package cn.jinghai.crm.browser.pages;
