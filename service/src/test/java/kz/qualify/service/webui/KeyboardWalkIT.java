package kz.qualify.service.webui;

import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;

/**
 * The applicant's and the officer's journeys walked with the keyboard alone, in the system's
 * headless Chromium: Tab and Shift+Tab to move, Enter and Space to act, Escape to step back from a
 * confirmation, typing to write — no element is clicked. After each action the test asks where the
 * focus is: on the control the user needs next, or on the message that says what happened, which
 * is then announced (a status or an alert) and in view. The applicant corrects the address, attaches
 * the one missing paper and files with confirmation; the officer opens the application from the
 * queue, is told to give a reason, accepts the absence of a conditional need, is told to choose an
 * outcome, and approves with confirmation. The walks are bounded: each under half a minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardWalkIT {

    /** More Tab presses than any page of the journeys has stops: a control not reached by then is not reachable. */
    static final int MAX_TABS = 400;

    Databases db;
    Instance instance;
    Api admin;
    Api officer;
    Fixtures.Org drafting;
    long draftId;
    String missingSlot;
    long reviewedId;
    Fixtures.Org reviewedOrg;
    ChromeDriver browser;
    WebDriverWait wait;
    Path profile;
    Path paper;

    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
            if (browser == null) return;
            System.err.println("URL: " + browser.getCurrentUrl());
            System.err.println("focus: " + describe(browser.switchTo().activeElement()));
            System.err.println(browser.findElement(By.tagName("body")).getText());
        }
    };

    @BeforeAll
    void start() throws IOException {
        for (var binary : List.of(Chromium.BINARY, Chromium.DRIVER)) {
            if (!Files.isExecutable(binary)) throw new IllegalStateException(binary + " is missing");
        }
        db = Databases.h2();
        instance = Instance.start(db);
        admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "keys");
        var named = officer.put(
                "/api/me/profile",
                json("fullName", "Омарова Сәуле Қайратқызы", "position", "Бас сарапшы", "preferredLanguage", "ru"));
        assertThat(named.status()).as(named.toString()).isEqualTo(200);

        // the applicant's draft: item 7 filled in, every paper attached but one
        drafting = Fixtures.organisation(admin, "ТОО «Клавиатура»");
        var created = drafting.applicant().post("/api/applications", json("activity", 7));
        draftId = created.json().get("id").asLong();
        var example = (ObjectNode)
                Api.JSON.readTree(Files.readString(Path.of("../examples/activity-7-electricity-supply.json")));
        ((ObjectNode) example.get("applicant")).put("bin", drafting.bin()).put("name", drafting.name());
        var dossier = example.toString();
        assertThat(drafting.applicant()
                        .put("/api/applications/" + draftId + "/dossier", dossier, "If-Match", created.etag())
                        .status())
                .isEqualTo(200);
        var attached = EvidenceFiles.attachClaimed(drafting.applicant(), draftId, dossier);
        var removed = attached.getFirst();
        assertThat(drafting.applicant()
                        .delete("/api/applications/" + draftId + "/documents/" + removed.id())
                        .status())
                .isEqualTo(204);
        missingSlot = removed.requirementId() + "/" + removed.slot();

        reviewedOrg = Fixtures.organisation(admin, "ТОО «Без дробилки»");
        reviewedId = underReviewWithoutTheCrushingTitle(reviewedOrg);

        profile = Files.createTempDirectory("qualify-chromium-");
        paper = Files.writeString(
                profile.resolve("scan.pdf"),
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        var options = Chromium.options(profile.resolve("chromium"), 1280, 900);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        browser = Chromium.start(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
        if (instance != null) instance.close();
        if (db != null) db.close();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder
            }
        }
    }

    /**
     * Item 6 filed without the crushing complex's title (a need the law makes conditional), taken into
     * review, every document and every point left to the officer judged: what is left is the absence
     * and the decision.
     */
    private long underReviewWithoutTheCrushingTitle(Fixtures.Org org) throws IOException {
        var dossier = (ObjectNode)
                Api.JSON.readTree(Files.readString(Path.of("../examples/activity-6-mineral-processing.json")));
        var applicant = (ObjectNode) dossier.get("applicant");
        applicant.put("bin", org.bin()).put("name", org.name());
        var created = org.applicant().post("/api/applications", json("activity", 6));
        long id = created.json().get("id").asLong();
        assertThat(org.applicant()
                        .put("/api/applications/" + id + "/dossier", dossier.toString(), "If-Match", created.etag())
                        .status())
                .isEqualTo(200);
        var crushing = EvidenceFiles.attachClaimed(org.applicant(), id, dossier.toString()).stream()
                .filter(u -> u.requirementId().equals("6.2") && u.slot().equals("need-6"))
                .findFirst()
                .orElseThrow();
        org.applicant().delete("/api/applications/" + id + "/documents/" + crushing.id());
        assertThat(org.applicant().submit(id, key()).status()).isEqualTo(201);
        assertThat(officer.post("/api/applications/" + id + "/review/start", "").status())
                .isEqualTo(200);
        EvidenceFiles.acceptEveryDocument(officer, id);
        var missing = officer.get("/api/applications/" + id + "/review").json().get("missing");
        for (var subject : missing) {
            officer.put(
                    "/api/applications/" + id + "/judgments/" + subject.asString(),
                    json("outcome", "ACCEPTED", "comment", "соответствует"));
        }
        return id;
    }

    // ---------------------------------------------------------------- the applicant

    @Test
    @Order(1)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theApplicantCorrectsTheFormAttachesThePaperAndFilesWithConfirmationByKeyboard() {
        login(drafting.applicant().user());
        open("#/applications/" + draftId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));

        // a field of the form: reached, cleared and typed over, saved with Enter on the save button
        tabTo(By.id("form-address"));
        keys(Keys.chord(Keys.CONTROL, "a"), "г. Астана, пр. Кабанбай батыра, 11");
        shiftTabTo(By.id("form-save"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("form-status"), "Сохранено; оценка рядом с формой обновлена."));
        assertFocused(By.id("form-save"), "the save button keeps the focus after saving");

        // the missing paper: its file field reached by Tab, the file given to it, attached with Enter
        var requirement = missingSlot.substring(0, missingSlot.indexOf('/'));
        var slot = missingSlot.substring(missingSlot.indexOf('/') + 1);
        var box = By.cssSelector(".upload[data-requirement='" + requirement + "'][data-slot='" + slot + "']");
        var boxId = browser.findElement(box).getAttribute("id");
        var base = boxId.substring(0, boxId.length() - "-upload".length());
        tabTo(By.id(base + "-file"));
        // the operating system's file dialog is outside the page: the file is given to the focused field
        browser.switchTo().activeElement().sendKeys(paper.toAbsolutePath().toString());
        tabTo(By.id(base + "-attach"));
        keys(Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("#" + boxId + " .upload-current"))
                .isEmpty());
        wait.until(d -> focusedId().equals(base + "-attach"));
        var done = browser.findElement(By.cssSelector("#" + boxId + " .upload-feedback .notice"));
        assertThat(done.getAttribute("role")).isEqualTo("status");
        assertInView(done, "the upload's message, beside the slot");

        // filing asks first; Escape steps back to the button; the second time, Enter files
        tabTo(By.id("submit-application"));
        keys(Keys.ENTER);
        wait.until(d -> focusedId().equals("submit-confirm"));
        assertInView(browser.findElement(By.id("submit-question")), "the question beside the button");
        keys(Keys.ESCAPE);
        wait.until(d -> focusedId().equals("submit-application"));
        assertThat(browser.findElement(By.id("submit-question")).isDisplayed()).isFalse();
        keys(Keys.ENTER);
        wait.until(d -> focusedId().equals("submit-confirm"));
        keys(Keys.ENTER);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-view")));
        var message = wait.until(d -> {
            var active = d.switchTo().activeElement();
            return active.getAttribute("class").contains("notice") ? active : null;
        });
        assertThat(message.getAttribute("role")).isEqualTo("status");
        assertThat(message.getText()).contains("подано");
        assertInView(message, "the filing's message");
        logout();
    }

    // ---------------------------------------------------------------- the officer

    @Test
    @Order(2)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theOfficerOpensTheApplicationAcceptsTheAbsenceAndApprovesWithConfirmationByKeyboard() {
        login(officer.user());
        open("#/review");
        var row = By.cssSelector("#queue-table tr[data-id='" + reviewedId + "'] a");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        tabTo(row);
        keys(Keys.ENTER);
        wait.until(d -> "h1".equalsIgnoreCase(d.switchTo().activeElement().getTagName())
                && d.switchTo().activeElement().getText().contains(Long.toString(reviewedId)));

        // the absence: accepted without a reason, the page says why and puts the keyboard in the reason
        var absence = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#absences li.absence[data-requirement='6.2'][data-slot='need-6']")));
        var key = absence.getAttribute("id");
        tabTo(By.id(key + "-accept"));
        keys(Keys.ENTER);
        wait.until(d -> focusedId().equals(key + "-reason"));
        var alert = browser.findElement(By.cssSelector("#" + key + " .problem[role=alert]"));
        assertInView(alert, "the reason's error");
        keys("руда поступает раздробленной; технология дробления не предусматривает");
        tabTo(By.id(key + "-accept"));
        keys(Keys.ENTER);
        var saved = wait.until(
                d -> focusedId().equals("review-flash") ? d.switchTo().activeElement() : null);
        assertThat(saved.getAttribute("role")).isEqualTo("status");
        assertThat(saved.getText()).contains("Отсутствие принято");
        assertInView(saved, "the acceptance's message");
        assertThat(browser.findElement(By.id("reviewed-note")).getText()).contains("раздробленной");

        // the decision: no outcome chosen, the page says so and puts the keyboard on the first choice
        tabTo(By.id("decision-submit"));
        keys(Keys.ENTER);
        wait.until(d -> focusedId().equals("decision-approve"));
        assertInView(
                browser.findElement(By.cssSelector("#decision-errors .problem[role=alert]")), "the choice's error");
        keys(Keys.SPACE);
        assertThat(browser.findElement(By.id("decision-approve")).isSelected()).isTrue();
        tabTo(By.id("decision-submit"));
        keys(Keys.ENTER);
        wait.until(d -> focusedId().equals("decision-confirm"));
        keys(Keys.ESCAPE);
        wait.until(d -> focusedId().equals("decision-submit"));
        keys(Keys.ENTER);
        wait.until(d -> focusedId().equals("decision-confirm"));
        keys(Keys.ENTER);

        var decided = wait.until(
                d -> focusedId().equals("review-flash") ? d.switchTo().activeElement() : null);
        assertThat(decided.getAttribute("role")).isEqualTo("status");
        assertInView(decided, "the decision's message");
        assertThat(browser.findElement(By.id("application-state")).getText()).contains("Лицензия выдана");
    }

    @Test
    @Order(3)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theApplicantReadsTheReviewedAssessmentWithTheAcceptanceInWords() {
        logout();
        login(reviewedOrg.applicant().user());
        open("#/applications/" + reviewedId);
        var note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewed-note")));
        assertThat(note.getText())
                .contains("Должностное лицо приняло")
                .contains("раздробленной")
                .contains("Омарова Сәуле Қайратқызы")
                .contains("При подаче итог был");
        assertThat(browser.findElement(By.id("assessment-title")).getText())
                .isEqualTo("Оценка с учётом отсутствия, принятого должностным лицом");
        assertThat(browser.findElement(By.cssSelector("#findings > li[data-requirement='6.2']"))
                        .getAttribute("data-status"))
                .isNotEqualTo("MISSING_EVIDENCE");
    }

    // ---------------------------------------------------------------- the keyboard

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void tabTo(By target) {
        moveTo(target, Keys.TAB);
    }

    private void shiftTabTo(By target) {
        moveTo(target, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    /** Presses the key until the target has the focus; fails when it is not reached in {@link #MAX_TABS} presses. */
    private void moveTo(By target, CharSequence key) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(target));
        Predicate<WebElement> there = e -> e.equals(browser.switchTo().activeElement());
        for (int i = 0; i < MAX_TABS; i++) {
            if (there.test(element)) return;
            keys(key);
        }
        throw new AssertionError("not reached by keyboard in " + MAX_TABS + " presses: " + target + "; focus on "
                + describe(browser.switchTo().activeElement()));
    }

    private String focusedId() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return document.activeElement?.id || ''"));
    }

    private void assertFocused(By target, String what) {
        assertThat(browser.switchTo().activeElement())
                .as(what + ", focus on " + describe(browser.switchTo().activeElement()))
                .isEqualTo(browser.findElement(target));
    }

    private void assertInView(WebElement element, String what) {
        var inView = (Boolean) ((JavascriptExecutor) browser)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
                        element);
        assertThat(inView).as(what + " is in view").isTrue();
    }

    private static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getAttribute("id") + " «"
                + element.getText().lines().findFirst().orElse("") + "»";
    }

    private void open(String hash) {
        browser.get(instance.api().base() + "/" + hash);
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        wait.until(d -> d.findElements(By.cssSelector("main .loading")).isEmpty());
    }

    /** Logs in by typing: the user name, Tab to the password, Enter to send. */
    private void login(String username) {
        open("#/login");
        tabTo(By.id("login-username"));
        keys(username);
        tabTo(By.id("login-password"));
        keys(Fixtures.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void logout() {
        shiftTabTo(By.id("logout"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
    }
}
