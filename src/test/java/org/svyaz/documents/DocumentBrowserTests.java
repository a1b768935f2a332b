package org.svyaz.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** Attaching several files at once, by choosing or dropping them, and the history they write, in a real browser. */
@Tag("browser")
class DocumentBrowserTests extends SvyazTests {

    @Test
    void attachesSeveralFilesByChoosingAndDroppingThemAndTheHistoryShowsEachOne() throws Exception {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        Path folder = Files.createTempDirectory("svyaz-documents");
        Path offer = Files.writeString(folder.resolve("offer.pdf"), "%PDF-1.4 offer");
        Path prices = Files.writeString(folder.resolve("prices.csv"), "product;price\nbread;42\n");
        Path small = Files.writeString(folder.resolve("small.txt"), "small");
        Path huge = folder.resolve("huge.bin");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(26L * 1024 * 1024);
        }
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts/" + barney);
            browser.click("#tab-documents");
            browser.find("#document-file").sendKeys(offer + "\n" + prices);
            browser.click("#document-attach");
            browser.waitForText("#document-list", "prices.csv");
            assertThat(browser.text("#document-list")).contains("offer.pdf");

            Object dropped = ((JavascriptExecutor) browser.driver()).executeScript("""
                    try {
                        var files = new DataTransfer();
                        files.items.add(new File(['Minutes of the meeting'], 'minutes.txt', {type: 'text/plain'}));
                        var tab = document.getElementById('document-list');
                        tab.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: files}));
                        var drop = new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: files});
                        tab.dispatchEvent(drop);
                        return 'prevented=' + drop.defaultPrevented + ' files=' + document.getElementById('document-file').files.length;
                    } catch (e) {
                        return String(e);
                    }
                    """);
            assertThat(dropped).as("the tab takes the dropped file").isEqualTo("prevented=true files=1");
            browser.waitForText("#document-list", "minutes.txt");

            browser.find("#document-file").sendKeys(small + "\n" + huge);
            browser.click("#document-attach");
            browser.waitForText("#messages", "huge.bin");
            assertThat(browser.text("#messages")).contains("larger than 25 MB", "none of the files was attached");
            assertThat(browser.text("#document-list")).doesNotContain("small.txt");

            browser.driver().findElement(By.xpath("//*[@id='document-list']//tr[.//a[text()='prices.csv']]//button[contains(@class,'document-delete')]"))
                    .click();
            browser.acceptConfirmation();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("document-list"), "prices.csv")));
            assertThat(browser.text("#document-list")).contains("offer.pdf", "minutes.txt");
            browser.click("#tab-history");
            browser.waitForText("#timeline", "Document removed");
            assertThat(browser.text("#timeline")).contains("Document attached", "offer.pdf", "prices.csv", "minutes.txt");
            assertThat(browser.text("#timeline")).doesNotContain("small.txt");
            browser.screenshot("documents-history");
        }
    }
}
