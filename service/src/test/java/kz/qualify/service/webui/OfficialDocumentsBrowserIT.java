package kz.qualify.service.webui;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The official documents in a real browser (the system's headless Chromium) on the embedded
 * database: the public registry's licence page downloads the signed licence without a login, and
 * the verification page its QR code points to shows the licence's status and fingerprint, accepts
 * the downloaded file as ours and refuses a changed copy — in each of its languages, at 1280 and
 * 390 pixels without sideways scrolling. Every wait is bounded (20 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialDocumentsBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Pattern VERIFICATION = Pattern.compile("/v/([0-9A-Z]{10})");

    Databases db;
    Instance instance;
    ChromeDriver browser;
    WebDriverWait wait;
    Path profile;
    Path downloads;
    String number;
    long applicationId;
    String applicantUsername;

    @BeforeAll
    void start() throws IOException {
        db = Databases.h2();
        instance = Instance.start(db, Map.of("qualify.public-url", "https://licensing.example.kz"));
        number = issueLicence(instance.admin());
        profile = Files.createTempDirectory("qualify-chromium-");
        downloads = Files.createTempDirectory("qualify-downloads-");
        var options = Chromium.options(profile, 1280, 1000);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        // the page starts in the browser's language (headless Chromium ignores --lang for it)
                        "intl.accept_languages",
                        "ru-RU,ru",
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "plugins.always_open_pdf_externally",
                        true));
        browser = Chromium.start(options);
        // a page redrawn while a condition reads it: look again rather than fail
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) browser.quit();
        if (instance != null) instance.close();
        if (db != null) db.close();
        for (var folder : new Path[] {profile, downloads}) {
            if (folder == null) continue;
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theRegistryDownloadsTheLicenceAndItsPageTellsTheCopyFromAChangedOne() throws IOException {
        var base = "http://localhost:" + instance.port();
        browser.get(base + "/#/licences/" + number);
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("licence-download")));
        wait.until(ExpectedConditions.textToBe(By.id("licence-download"), "Скачать лицензию с приложением (PDF)"));
        var button = browser.findElement(By.id("licence-download"));
        screenshot("licence-download-ru-1280");
        browser.manage().window().setSize(new Dimension(390, 1000));
        assertNoSidewaysScroll();
        screenshot("licence-download-ru-390");
        browser.findElement(By.cssSelector("button[data-lang=en]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("licence-download"), "Download the licence with its annex (PDF)"));
        assertNoSidewaysScroll();
        screenshot("licence-download-en-390");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        screenshot("licence-download-en-1280");
        browser.findElement(By.cssSelector("button[data-lang=ru]")).click();
        button = wait.until(
                        ExpectedConditions.textToBe(By.id("licence-download"), "Скачать лицензию с приложением (PDF)"))
                ? browser.findElement(By.id("licence-download"))
                : button;
        button.click();
        var file = wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().startsWith("licence-"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(file.getFileName().toString()).startsWith("licence-").endsWith("-ru.pdf");
        var pdf = Files.readAllBytes(file);
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).contains(number);
        var m = VERIFICATION.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        var code = m.group(1);

        for (var language : List.of("ru", "kk", "en")) {
            for (var width : List.of(1280, 390)) {
                browser.manage().window().setSize(new Dimension(width, 1000));
                browser.get(base + "/v/" + code + "?lang=" + language);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sha256")));
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo(language);
                assertNoSidewaysScroll();
                screenshot("verify-" + language + "-" + width);
            }
        }
        browser.manage().window().setSize(new Dimension(390, 1000));
        browser.get(base + "/v/" + code + "?lang=en");
        assertThat(browser.findElement(By.cssSelector("dd.number")).getText()).isEqualTo(number);
        assertThat(browser.findElement(By.cssSelector("dd.status")).getText()).isEqualTo("valid");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Digital fingerprint (SHA-256)");
        assertThat(browser.findElement(By.id("sha256")).getText().replace(" ", ""))
                .isEqualTo(sha256(pdf));

        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".verdict")));
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText())
                .isEqualTo("This is the document we issued.");
        assertNoSidewaysScroll();
        screenshot("verify-match-en-390");

        var changed = pdf.clone();
        changed[changed.length / 3] ^= 0x20;
        var copy = downloads.resolve("changed-copy.pdf");
        Files.write(copy, changed);
        browser.findElement(By.id("file")).sendKeys(copy.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".verdict.mismatch")));
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText())
                .startsWith("This is not the document we issued");
        assertNoSidewaysScroll();
        screenshot("verify-mismatch-en-390");
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theApplicantsPageOffersTheOfficialDocumentsInThePagesLanguage() throws IOException {
        var base = "http://localhost:" + instance.port();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(base + "/#/login");
        waitReady();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-username")))
                .sendKeys(applicantUsername);
        browser.findElement(By.id("login-password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        for (var language : List.of("ru", "en")) {
            for (var width : List.of(1280, 390)) {
                browser.manage().window().setSize(new Dimension(width, 1000));
                browser.get(base + "/#/applications/" + applicationId);
                waitReady();
                if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
                    browser.findElement(By.cssSelector("button[data-lang=" + language + "]"))
                            .click();
                    wait.until(d ->
                            language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                }
                // the page is drawn again once its documents arrive: read the button as last drawn
                var expected = language.equals("ru")
                        ? "Скачать лицензию с приложением (PDF)"
                        : "Download the licence with its annex (PDF)";
                wait.until(ExpectedConditions.textToBe(By.id("official-licence"), expected));
                assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("official-receipt")))
                                .isDisplayed())
                        .isTrue();
                browser.executeScript("document.getElementById('official-documents').scrollIntoView()");
                // the card fits the window (the rest of the workbench is not this test's to judge)
                var right = (Number)
                        browser.executeScript(
                                "return Math.ceil(document.getElementById('official-documents').getBoundingClientRect().right)");
                var window = (Number) browser.executeScript("return document.documentElement.clientWidth");
                assertThat(right.longValue())
                        .as("the card's right edge at " + width)
                        .isLessThanOrEqualTo(window.longValue());
                screenshot("application-" + language + "-" + width);
            }
        }
        // the page is in English now: the receipt comes in English
        browser.findElement(By.id("official-receipt")).click();
        var file = wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(p -> p.getFileName().toString().startsWith("receipt-"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(file.getFileName().toString()).endsWith("-en.pdf");
        try (var document = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("A-" + applicationId)
                    .contains("справка.pdf");
        }
    }

    private void waitReady() {
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    private void assertNoSidewaysScroll() {
        var overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow)
                .as("sideways scroll at " + browser.manage().window().getSize())
                .isLessThanOrEqualTo(0);
    }

    private void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve("documents-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An item-7 application approved through the API: the registry then has a licence. */
    private String issueLicence(Api admin) {
        var officer = Fixtures.officer(admin, "officer-browser");
        var org = Fixtures.organisation(admin, "ТОО «Браузер»");
        var created = org.applicant().post("/api/applications", json("activity", 7));
        long id = created.json().get("id").asLong();
        applicationId = id;
        applicantUsername = org.applicant().user();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), true);
        org.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        EvidenceFiles.attachClaimed(org.applicant(), id, dossier);
        var doc = org.applicant()
                .upload(
                        "/api/applications/" + id + "/documents",
                        "справка.pdf",
                        Fixtures.pdf("bank"),
                        Map.of("requirementId", "7.3"));
        assertThat(org.applicant().submit(id, key()).status()).isEqualTo(201);
        assertThat(officer.post("/api/applications/" + id + "/review/start", "").status())
                .isEqualTo(200);
        for (var subject :
                List.of("requirement:7.1", "document:" + doc.json().get("id").asLong())) {
            var judged = officer.put(
                    "/api/applications/" + id + "/judgments/" + subject, json("outcome", "ACCEPTED", "comment", "да"));
            assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        }
        EvidenceFiles.acceptEveryDocument(officer, id);
        var approved = officer.post("/api/applications/" + id + "/decision", json("outcome", "APPROVE"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return approved.json().get("licence").get("number").asString();
    }
}
