package kz.qualify.service.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.qualify.dossier.TaxId;
import kz.qualify.service.QualifyApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web UI in a real browser (the system's headless Chromium) against the real service on the
 * embedded database with its demo data: the public registry in both languages, the checklist, an
 * applicant who edits, corrects and files a dossier, and an officer who judges and decides.
 */
@SpringBootTest(
        classes = QualifyApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "qualify.demo=true",
            "qualify.demo-password=" + WebUiIT.PASSWORD,
            "qualify.admin.username=" + WebUiIT.ADMIN,
            "qualify.admin.password=" + WebUiIT.PASSWORD,
            "qualify.legal-date=2012-11-01",
            "spring.datasource.hikari.maximum-pool-size=4",
            "logging.level.root=WARN"
        })
@DirtiesContext // closed after the class, so its data folder can go
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    static final String PASSWORD = "web-ui-test-password";
    /** What an administrator gives a new account: temporary, to be replaced at the first login. */
    static final String INITIAL_PASSWORD = "web-ui-initial-password";

    static final String ADMIN = "admin";
    static final String APPLICANT = "demo-applicant";
    static final String OFFICER = "demo-officer";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DATA = temporaryFolder("qualify-webui-");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(DATA)));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("qualify.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;
    Path profile;
    String licenceBin;
    String licenceNumber;
    long applicantApplication;
    long returnedApplication;

    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
            if (browser == null) return;
            screenshot("failed-" + context.getRequiredTestMethod().getName());
            System.err.println("URL: " + browser.getCurrentUrl());
            browser.manage().logs().get(LogType.BROWSER).forEach(e -> System.err.println("console: " + e));
            System.err.println(browser.findElement(By.tagName("body")).getText());
        }
    };

    @BeforeAll
    void start() throws IOException {
        licenceNumber = issueLicenceThroughTheApi();
        for (var binary : List.of(Chromium.BINARY, Chromium.DRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the browser tests drive the system's Chromium "
                        + "(apt-get install chromium chromium-driver; .ci/run does it)");
            }
        }
        profile = Files.createTempDirectory("qualify-chromium-");
        var options = Chromium.options(profile, 1400, 1000);
        // the language the page starts in follows the browser's: headless Chromium ignores --lang for it
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        // the network as the browser saw it: which headers the UI's requests and their answers carry
        logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = Chromium.start(options);
        // a page redrawn while a condition reads it: look again rather than fail
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
        delete(profile);
    }

    // ---------------------------------------------------------------- public pages

    @Test
    @Order(1)
    void theRegistryOpensInRussianAndSwitchesToEnglish() {
        open("#/registry");
        waitForHeading("Реестр лицензий");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.cssSelector("label[for=registry-bin]"))
                        .getText())
                .isEqualTo("БИН/ИИН");
        assertEveryControlIsLabelled();
        waitForText(By.id("registry-table"), licenceNumber);
        assertThat(browser.findElement(By.id("registry-table")).getText()).contains("Действует");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        var skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Перейти к содержанию");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        screenshot("registry-ru");

        browser.findElement(By.cssSelector("button[data-lang=en]")).click();
        waitForHeading("Licence registry");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("registry-search")).getText()).isEqualTo("Search");
        assertThat(browser.findElement(By.cssSelector("button[data-lang=en]")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        waitForText(By.id("registry-table"), "Active");
        screenshot("registry-en");
        assertNothingUntranslated();

        browser.navigate().refresh();
        waitForHeading("Licence registry"); // remembered
        browser.findElement(By.cssSelector("button[data-lang=ru]")).click();
        waitForHeading("Реестр лицензий");
    }

    @Test
    @Order(2)
    void searchingTheRegistryByBinFindsTheLicenceAndOpensItsDetails() {
        open("#/registry");
        waitForHeading("Реестр лицензий");
        type(By.id("registry-bin"), licenceBin);
        new Select(browser.findElement(By.id("registry-status"))).selectByValue("ACTIVE");
        browser.findElement(By.id("registry-search")).click();
        wait.until(ExpectedConditions.urlContains("bin=" + licenceBin));
        waitForText(By.id("registry-results"), "Найдено лицензий: 1");
        browser.findElement(By.linkText(licenceNumber)).click();
        waitForHeading("Лицензия № " + licenceNumber);
        var details = browser.findElement(By.cssSelector(".facts")).getText();
        // issued on the day it was decided (Astana time), not on the legal date the law was applied on
        var decided = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(details).contains("ТОО «Энергосбыт Север»", licenceBin, "Действует", decided);

        open("#/registry?bin=000000000000");
        waitForText(By.id("registry-results"), "Лицензии не найдены.");
    }

    @Test
    @Order(3)
    void theChecklistListsTheRequirementsOfAnActivityWithClausesAndDocuments() {
        open("#/checklist");
        waitForHeading("Квалификационные требования");
        new Select(browser.findElement(By.id("checklist-activity"))).selectByValue("3");
        var drilling = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#checklist-options input[value='3.a11']")));
        drilling.click();
        browser.findElement(By.id("checklist-show")).click();
        wait.until(ExpectedConditions.urlContains("subactivity=3.a11"));
        waitForText(By.id("checklist-results"), "Требований:");
        var requirements = browser.findElements(By.cssSelector("#requirements > li"));
        assertThat(requirements).hasSizeGreaterThan(3);
        var text = browser.findElement(By.id("requirements")).getText();
        assertThat(text).contains("п. 3 пп. 4)", "штатное расписание");
        assertThat(browser.findElements(By.cssSelector("#requirements h4")).stream()
                        .map(h -> h.getDomProperty("textContent")))
                .contains("Что необходимо иметь", "Документы для представления");
        assertThat(browser.findElements(By.cssSelector("#requirements blockquote.law")))
                .isNotEmpty();
        // the requirements' names and readings in Russian, marked as such
        var titles = browser.findElements(By.cssSelector("#requirements .requirement-title"));
        assertThat(titles).hasSize(requirements.size()).allSatisfy(title -> {
            assertThat(title.getAttribute("lang")).isEqualTo("ru");
            assertThat(title.getDomProperty("textContent")).containsPattern("\\p{IsCyrillic}");
        });
        assertThat(browser.findElements(By.cssSelector("#requirements details.interpretation p")))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getAttribute("lang")).isEqualTo("ru"));
        assertThat(browser.findElements(By.cssSelector("#requirements ul.provide")))
                .isNotEmpty()
                .allSatisfy(ul -> assertThat(ul.getAttribute("lang")).isEqualTo("ru"));
        assertThat(text)
                .contains("в собственности или на ином законном основании")
                .doesNotContain("owned or on");
        assertEveryControlIsLabelled();
        assertNothingUntranslated();
        fullPageScreenshot("checklist-ru");
    }

    @Test
    @Order(4)
    void theRequirementsEndpointIsPublicAndNamesTheFieldAtFault() throws Exception {
        var ok = http("GET", "/api/requirements?activity=3&subactivity=3.a16", null, null, Map.of());
        assertThat(ok.statusCode()).isEqualTo(200);
        var body = JSON.readTree(ok.body());
        assertThat(body.get("edition").get("id").asString()).isEqualTo("decree-967-2012");
        assertThat(body.get("lines").valueStream().map(l -> l.get("clause").asString()))
                .contains("3.1");
        assertThat(body.get("lines").get(0).get("quote").asString()).isNotBlank();

        var wrong = http("GET", "/api/requirements?activity=3&subactivity=3.a99", null, null, Map.of());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("subactivity");
        var activities = JSON.readTree(
                http("GET", "/api/activities", null, null, Map.of()).body());
        assertThat(activities.get("activities").size()).isEqualTo(7);
        var doc =
                JSON.readTree(http("GET", "/v3/api-docs", null, null, Map.of()).body());
        assertThat(doc.get("paths")
                        .get("/api/requirements")
                        .get("get")
                        .get("security")
                        .size())
                .isZero();
        var page = http("GET", "/", null, null, Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        assertThat(http("GET", "/js/app.js", null, null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(http("GET", "/api/applications", null, null, Map.of()).statusCode())
                .isEqualTo(401);
    }

    // ---------------------------------------------------------------- credentials and other sites

    @Test
    @Order(5)
    void aWrongPasswordIsToldOnTheLoginPageAndTheBrowserIsNeverAskedForCredentials() {
        open("#/login");
        waitForHeading("Вход");
        drainNetworkLog();
        type(By.id("login-username"), "nobody-at-all");
        type(By.id("login-password"), "not-the-password");
        browser.findElement(By.id("login-submit")).click();
        waitForText(By.id("login-errors"), "Неверное имя пользователя или пароль.");

        var network = drainNetworkLog();
        var requests = network.stream()
                .filter(e -> e.at("/method").asString().equals("Network.requestWillBeSent"))
                .map(e -> e.at("/params/request"))
                .filter(r -> r.get("url").asString().endsWith("/api/me"))
                .toList();
        assertThat(requests)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(headerNames(r.get("headers"))).contains("x-requested-with"));
        var answers = network.stream()
                .filter(e -> e.at("/method").asString().equals("Network.responseReceived"))
                .map(e -> e.at("/params/response"))
                .filter(r -> r.get("url").asString().endsWith("/api/me"))
                .toList();
        assertThat(answers).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("status").asInt()).isEqualTo(401);
            assertThat(headerNames(r.get("headers"))).doesNotContain("www-authenticate");
        });
        assertThat(browser.findElements(By.id("logout"))).isEmpty();
    }

    @Test
    @Order(50)
    void aFormOnAnotherSiteChangesNothingForABrowserLoggedInToTheUi() throws IOException {
        long id = json(http("POST", "/api/applications", APPLICANT, Map.of("activity", 1), Map.of()), 201)
                .get("id")
                .asLong();
        login(APPLICANT);
        // the credentials a Basic prompt would have had the browser keep, in the address: without a
        // challenge the browser does not use them
        browser.get("http://" + APPLICANT + ":" + PASSWORD + "@localhost:" + port + "/api/me");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"status\":401");

        // another site (127.0.0.1 is not the UI's localhost) whose page posts a form to the service
        var page = "<!doctype html><title>prize</title><form method=post action=\"http://localhost:" + port
                + "/api/applications/" + id + "/withdraw\"><input name=confirm value=yes></form>"
                + "<script>document.forms[0].submit()</script>";
        var evil = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        evil.createContext("/", exchange -> {
            var bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (var body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        });
        evil.start();
        try {
            browser.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            wait.until(ExpectedConditions.urlContains("/withdraw"));
            waitForText(By.tagName("body"), "cross-site-request");
        } finally {
            evil.stop(0);
        }
        var state = json(http("GET", "/api/applications/" + id, APPLICANT, null, Map.of()), 200)
                .get("state")
                .asString();
        assertThat(state).isEqualTo("DRAFT");
        open("#/registry");
        logout();
    }

    // ---------------------------------------------------------------- the applicant

    @Test
    @Order(10)
    void anApplicantCreatesAnApplicationSeesTheAssessmentCorrectsADossierErrorAndFilesIt() throws IOException {
        login(APPLICANT);
        waitForHeading("Мои заявления");
        assertThat(browser.findElement(By.id("account")).getText()).contains(APPLICANT, "Заявитель");
        browser.findElement(By.cssSelector("#new-application summary")).click();
        new Select(browser.findElement(By.id("new-activity"))).selectByValue("1");
        browser.findElement(By.id("new-create")).click();
        wait.until(ExpectedConditions.urlMatches("#/applications/\\d+$"));
        applicantApplication = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        waitForHeading("Заявление № " + applicantApplication);
        waitForText(By.id("application-state"), "Черновик");
        assertEveryControlIsLabelled();

        // the JSON is the advanced way in (the form is the ordinary one: ApplicationFormIT)
        browser.findElement(By.id("dossier-advanced-summary")).click();
        browser.findElement(By.id("dossier-example")).click();
        waitForText(By.id("dossier-status"), "Пример загружен");
        var example = browser.findElement(By.id("dossier-editor")).getAttribute("value");
        assertThat(example).contains("\"bin\": \"" + organisationBin(APPLICANT) + "\"", "\"experienceMonths\": 186");

        setValue(
                browser.findElement(By.id("dossier-editor")),
                example.replace("\"experienceMonths\": 186", "\"experienceMonths\": \"fifteen years\""));
        browser.findElement(By.id("dossier-save")).click();
        var path = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dossier-errors .field-path")));
        assertThat(path.getText()).isEqualTo("$.staff[0].experienceMonths");
        assertThat(browser.findElement(By.id("dossier-errors")).getText()).contains("Некорректный запрос", "(400)");
        // what is wrong, and the count of problems, in Russian
        var message = browser.findElement(By.cssSelector("#dossier-errors .field-error span[lang]"));
        assertThat(message.getAttribute("lang")).isEqualTo("ru");
        assertThat(message.getText()).containsPattern("\\p{IsCyrillic}");
        assertThat(browser.findElement(By.cssSelector("#dossier-errors .problem-detail"))
                        .getAttribute("lang"))
                .isEqualTo("ru");
        assertThat(browser.findElement(By.id("dossier-editor")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        setValue(browser.findElement(By.id("dossier-editor")), "{ not json");
        browser.findElement(By.id("dossier-save")).click();
        waitForText(By.id("dossier-errors"), "Это не JSON");

        // fixed, but without the approved programmes the law asks for in 1.4
        var fixed = (ObjectNode) JSON.readTree(example);
        fixed.remove("programmes");
        setValue(
                browser.findElement(By.id("dossier-editor")),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fixed));
        browser.findElement(By.id("dossier-save")).click();
        waitForText(By.cssSelector("main"), "Досье сохранено");
        assertThat(browser.findElement(By.id("dossier-editor")).getAttribute("value"))
                .contains("\"programmes\": []");

        var verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict .badge-text")));
        assertThat(verdict.getText()).isEqualTo("Не соответствует");
        assertThat(browser.findElements(By.cssSelector("#findings > li"))).hasSizeGreaterThan(3);
        var programmes = browser.findElement(By.id("finding-1_4"));
        assertThat(programmes.findElement(By.cssSelector(".badge-text")).getText())
                .isEqualTo("Не выполнено");
        assertThat(programmes.getDomProperty("textContent"))
                .contains("п. 1 пп. 4)", "Что проверено:", "Показатели", "Замечания", "Как устранить");
        var law = programmes.findElement(By.cssSelector("details.law-details"));
        assertThat(law.getAttribute("open")).isNull();
        law.findElement(By.tagName("summary")).click();
        assertThat(law.findElement(By.tagName("blockquote")).getText()).contains("графиками");
        assertThat(browser.findElement(By.id("finding-1_3")).getDomProperty("textContent"))
                .contains("70");
        var shareTitle = By.cssSelector("#finding-1_3 .requirement-title");
        assertThat(browser.findElement(shareTitle).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(shareTitle).getText()).containsPattern("\\p{IsCyrillic}");
        // what was checked, the figures, issues and remedies: in Russian, marked as such
        assertThat(programmes.findElements(By.cssSelector(".finding-summary [lang], .finding-part ul")))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.getAttribute("lang")).isEqualTo("ru"));
        assertThat(programmes.findElement(By.cssSelector(".finding-remedies")).getText())
                .contains("представьте")
                .doesNotContain("provide");
        fullPageScreenshot("assessment-ru");
        browser.findElement(By.cssSelector("button[data-lang=en]")).click();
        waitForHeading("Application No. " + applicantApplication);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#verdict .badge-text"), "Non-compliant"));
        assertThat(browser.findElement(shareTitle).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(shareTitle).getText()).doesNotContainPattern("\\p{IsCyrillic}");
        assertNothingUntranslated();
        fullPageScreenshot("assessment-en");
        browser.findElement(By.cssSelector("button[data-lang=ru]")).click();
        waitForHeading("Заявление № " + applicantApplication);

        var pdf = Files.createTempFile("spravka-", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% staffing schedule\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        // attached beside the need it proves (1.3's staffing documents), not to the application at large
        var slot = browser.findElement(By.cssSelector("#form-1_3 .upload"));
        slot.findElement(By.cssSelector("input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        var attach = slot.findElement(By.cssSelector("button"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", attach);
        attach.click();
        waitForText(
                By.cssSelector("#form-1_3 .upload-current"), pdf.getFileName().toString());
        Files.delete(pdf);

        browser.findElement(By.id("submit-application")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-confirm")))
                .click();
        waitForText(By.id("application-state"), "Подано");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("подача № 1");
        assertThat(browser.findElements(By.id("dossier-editor"))).isEmpty();
        waitForText(By.id("submissions"), "№ 1");
        logout();
    }

    // ---------------------------------------------------------------- the officer

    @Test
    @Order(20)
    void anOfficerTakesTheApplicationFromTheQueueJudgesItAndRefusesWithReasons() {
        login(OFFICER);
        waitForHeading("Очередь на рассмотрение");
        // the queue names the applicant and the statutory deadline of its decision
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#queue-table tr[data-id='" + applicantApplication + "']")));
        assertThat(row.getText()).contains("БИН/ИИН").contains("раб. дн.");
        row.findElement(By.cssSelector("a[href='#/review/" + applicantApplication + "']"))
                .click();
        waitForHeading("Рассмотрение заявления № " + applicantApplication);
        browser.findElement(By.id("review-start")).click();
        waitForText(By.id("application-state"), "На рассмотрении");

        var point = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#points li.point")));
        assertThat(point.getText()).contains("Проверка документа", "Суждение ещё не вынесено.");
        point.findElement(By.cssSelector("input[value=ACCEPTED]")).click();
        point.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText(By.cssSelector("#points li.point"), "Комментарий обязателен.");
        var comment = browser.findElement(By.cssSelector("#points li.point textarea"));
        comment.sendKeys("Штатное расписание подписано и скреплено печатью");
        browser.findElement(By.cssSelector("#points li.point button[type=submit]"))
                .click();
        waitForText(By.cssSelector("#points li.point .judgment"), "Принято");
        assertThat(browser.findElement(By.cssSelector("#points li.point .judgment"))
                        .getText())
                .contains(OFFICER, "Штатное расписание подписано");
        assertNothingUntranslated();
        fullPageScreenshot("review-ru");

        browser.findElement(By.id("decision-approve")).click();
        browser.findElement(By.id("decision-submit")).click();
        // a decision asks first, beside the button
        wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-confirm")))
                .click();
        waitForText(By.id("decision-errors"), "Конфликт состояния");
        assertThat(browser.findElements(By.cssSelector("#decision-errors .field-path")))
                .isNotEmpty();

        browser.findElement(By.id("decision-refuse")).click();
        browser.findElement(By.id("decision-comment")).sendKeys("Не подтверждено наличие сетей и подстанций");
        browser.findElement(By.id("decision-submit")).click();
        // a decision asks first, beside the button
        wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-confirm")))
                .click();
        waitForText(By.id("decision"), "Решение: мотивированный отказ");
        waitForText(By.id("application-state"), "Отказано");
        var grounds = browser.findElement(By.id("refusal-grounds")).getText();
        assertThat(grounds).contains("п. 1 пп. 4)");
        assertThat(browser.findElement(By.id("decision")).getText())
                .contains("Не подтверждено наличие сетей и подстанций", "01.11.2012")
                // the decision names its officer by full name and position, not by login
                .contains("Сейткали Асель Маратовна, Главный специалист")
                .contains("обжаловать");
        assertNothingUntranslated();
        fullPageScreenshot("decision-ru");
    }

    @Test
    @Order(21)
    void anOfficerSuspendsALicenceWithAReason() {
        if (browser.findElements(By.id("logout")).isEmpty()) login(OFFICER);
        open("#/licences/" + licenceNumber);
        waitForHeading("Лицензия № " + licenceNumber);
        browser.findElement(By.id("licence-suspend")).click();
        waitForText(By.cssSelector("form.card"), "Укажите основание.");
        browser.findElement(By.id("licence-reason")).sendKeys("Предписание № 5 от 01.11.2012");
        browser.findElement(By.id("licence-suspend")).click();
        waitForText(By.id("licence-status"), "Приостановлена");
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Предписание № 5");
        logout();
        assertThat(browser.findElements(By.id("login-link"))).isNotEmpty();
        assertThat((String) browser.executeScript("return sessionStorage.getItem('qualify.auth')"))
                .isNull();
    }

    @Test
    @Order(30)
    void anOfficerReturnsAnApplicationForCompletionWithReasons() {
        login(OFFICER);
        open("#/review/" + returnedApplication);
        waitForHeading("Рассмотрение заявления № " + returnedApplication);
        browser.findElement(By.id("review-start")).click();
        waitForText(By.id("application-state"), "На рассмотрении");
        assertEveryControlIsLabelled();
        browser.findElement(By.id("return-submit")).click();
        waitForText(By.cssSelector("form[aria-labelledby=return-title]"), "Укажите хотя бы одну причину.");
        browser.findElement(By.id("return-reasons-input")).sendKeys("Нет справки банка об оборотных средствах");
        browser.findElement(By.id("return-submit")).click();
        waitForText(By.id("application-state"), "Возвращено на доработку");
        logout();
    }

    @Test
    @Order(31)
    void theApplicantCompletesAReturnedApplicationFromTheExampleAndAStaffTableAndResubmits() throws IOException {
        login("applicant-north");
        open("#/applications/" + returnedApplication);
        waitForHeading("Заявление № " + returnedApplication);
        assertThat(browser.findElement(By.id("return-reasons")).getText())
                .contains("Нет справки банка об оборотных средствах");
        assertEveryControlIsLabelled();

        browser.findElement(By.id("dossier-advanced-summary")).click();
        browser.findElement(By.id("dossier-example")).click();
        waitForText(By.id("dossier-status"), "Пример загружен");
        assertThat(browser.findElement(By.id("dossier-editor")).getAttribute("value"))
                .contains(licenceBin);
        browser.findElement(By.id("dossier-save")).click();
        waitForText(By.cssSelector("main"), "Досье сохранено");

        var csv = Files.createTempFile("staff-", ".csv");
        Files.writeString(csv, """
                "No.","Full name","Position","Specialty","Education level","Experience in the specialty","Category","Production staff"
                1,"Aidar Seitkali","Director","Electric power engineering","Higher","10 years","Manager","yes"
                2,"Dana Abenova","Engineer","Electric power supply","Technical and vocational","3 years","Specialist","yes"
                3,"","Engineer","Electric power supply","Higher","5 years","Specialist","yes"
                """);
        browser.findElement(By.id("staff-file")).sendKeys(csv.toAbsolutePath().toString());
        var upload = browser.findElement(By.id("staff-upload"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", upload);
        upload.click();
        waitForText(By.id("staff-report"), "импортировано: 2");
        // the row without a name is reported, and why, in Russian
        var reasons = browser.findElements(By.cssSelector("#staff-report li span[lang]"));
        assertThat(reasons)
                .allSatisfy(reason -> assertThat(reason.getAttribute("lang")).isEqualTo("ru"));
        assertThat(reasons).anySatisfy(reason -> assertThat(reason.getText()).contains("не указано ФИО"));
        Files.delete(csv);
        // the people read from the table are the form's staff rows, to correct in place
        assertThat(browser.findElement(By.id("staff-row-0-fullName")).getAttribute("value"))
                .isEqualTo("Aidar Seitkali");

        browser.findElement(By.id("submit-application")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-confirm")))
                .click();
        waitForText(By.id("application-state"), "Подано повторно");
        waitForText(By.id("submissions"), "№ 2");
        logout();
    }

    @Test
    @Order(32)
    void anOfficerJudgesTheRequirementLeftToHimAndIssuesALicence() {
        login(OFFICER);
        open("#/review/" + returnedApplication);
        waitForHeading("Рассмотрение заявления № " + returnedApplication);
        browser.findElement(By.id("review-start")).click();
        waitForText(By.id("application-state"), "На рассмотрении");
        var point = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#points li.point[data-subject='requirement:7.1']")));
        assertThat(point.getText()).contains("п. 7 пп. 1)", "На суждение инспектора");
        point.findElement(By.cssSelector("input[value=ACCEPTED]")).click();
        point.findElement(By.tagName("textarea")).sendKeys("Директор и инженер — энергетики, соответствует");
        point.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText(By.cssSelector("#points li.point[data-subject='requirement:7.1'] .judgment"), "Принято");
        // each file is a point too: accepted through the API, the page shows them judged
        kz.qualify.testsupport.EvidenceFiles.acceptEveryDocument(
                kz.qualify.testsupport.Api.at(port).as(OFFICER, PASSWORD), returnedApplication);
        browser.navigate().refresh();
        waitForHeading("Рассмотрение заявления № " + returnedApplication);

        wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-approve")))
                .click();
        browser.findElement(By.id("decision-submit")).click();
        // a decision asks first, beside the button
        wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-confirm")))
                .click();
        waitForText(By.id("decision"), "Решение: лицензия выдана");
        var licence = browser.findElement(By.id("decision-licence"));
        var number = licence.getText();
        licence.click();
        waitForHeading("Лицензия № " + number);
        assertNothingUntranslated();
        assertThat(browser.findElement(By.id("licence-status")).getText()).contains("Действует");
        logout();
    }

    // ---------------------------------------------------------------- a temporary password

    // ---------------------------------------------------------------- Kazakh

    /**
     * The public pages, the applicant's (a new application with its live assessment, a refused one)
     * and the officer's (the queue, a decided review, the licence) in Kazakh: {@code <html lang="kk">},
     * and no Latin-script word of the UI or Russian word outside what is marked {@code lang="ru"}
     * (the law's quotes, {@code class="law"}: the decree exists in its official Russian only) — said
     * once on the page.
     */
    @Test
    @Order(35)
    void theApplicantsAndTheOfficersPagesSpeakKazakhAndQuoteOnlyTheLawInRussian() {
        var kazakh = KazakhPage.standard();
        var userData = List.of(APPLICANT, OFFICER, "applicant-north", ADMIN);

        openInKazakh("#/registry", "Лицензиялар тізілімі");
        waitForText(By.id("registry-table"), licenceNumber);
        assertThat(browser.findElement(By.cssSelector("button[data-lang=kk]")).getText())
                .isEqualTo("Қазақша");
        assertThat(browser.findElements(By.cssSelector(".lang-button")))
                .extracting(e -> e.getAttribute("data-lang"))
                .containsExactly("kk", "ru", "en");
        assertKazakh(kazakh, userData, "registry");

        openInKazakh("#/checklist?activity=3&subactivity=3.a11", "Біліктілік талаптары");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#requirements li")));
        assertThat(browser.findElement(By.id("checklist-results")).getText()).contains("3-тармақ 4) тармақша");
        // the requirements' names and the activity in Kazakh; only the law is quoted in Russian
        assertThat(browser.findElements(By.cssSelector("#requirements .requirement-title")))
                .isNotEmpty()
                .allSatisfy(title -> {
                    assertThat(title.getAttribute("lang")).isEqualTo("kk");
                    assertThat(title.getText()).containsPattern("[әғқңөұүһі]");
                });
        assertThat(browser.findElement(By.id("checklist-heading")).getText()).contains("мұнай-химия");
        assertThat(browser.findElements(By.cssSelector("#requirements [lang=ru]")))
                .isNotEmpty()
                .allSatisfy(quote -> assertThat(quote.getAttribute("class")).contains("law"));
        assertThat(browser.findElements(By.id("official-russian-note")))
                .singleElement()
                .satisfies(note -> assertThat(note.getText()).contains("ресми орыс тіліндегі мәтін"));
        assertKazakh(kazakh, userData, "checklist");

        openInKazakh("#/licences/" + licenceNumber, "№ " + licenceNumber + " лицензия");
        assertKazakh(kazakh, userData, "licence");

        login(APPLICANT);
        openInKazakh("#/applications", "Менің өтініштерім");
        assertKazakh(kazakh, userData, "applications");
        browser.findElement(By.cssSelector("#new-application summary")).click();
        new Select(browser.findElement(By.id("new-activity"))).selectByValue("1");
        browser.findElement(By.id("new-create")).click();
        wait.until(ExpectedConditions.urlMatches("#/applications/\\d+$"));
        var draft = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        waitForHeading("№ " + draft + " өтініш");
        waitForText(By.id("application-state"), "Жоба");
        browser.findElement(By.id("dossier-advanced-summary")).click();
        browser.findElement(By.id("dossier-example")).click();
        waitForText(By.id("dossier-status"), "Үлгі редакторға жүктелді");
        browser.findElement(By.id("dossier-save")).click();
        waitForText(By.cssSelector("main"), "Досье сақталды");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#findings > li")));
        assertThat(browser.findElements(By.cssSelector("#findings .requirement-title")))
                .isNotEmpty()
                .allSatisfy(title -> assertThat(title.getAttribute("lang")).isEqualTo("kk"));
        assertThat(browser.findElements(By.id("official-russian-note"))).hasSize(1);
        assertKazakh(kazakh, userData, "application-draft");
        openInKazakh("#/applications/" + applicantApplication, "№ " + applicantApplication + " өтініш");
        waitForText(By.id("decision"), "Шешім: дәлелді бас тарту");
        assertKazakh(kazakh, userData, "application-refused");
        logout();

        login(OFFICER);
        openInKazakh("#/review", "Қарау кезегі");
        assertKazakh(kazakh, userData, "queue");
        openInKazakh("#/review/" + applicantApplication, "№ " + applicantApplication + " өтінішті қарау");
        waitForText(By.id("decision"), "Шешім: дәлелді бас тарту");
        assertKazakh(kazakh, userData, "review-refused");
        openInKazakh("#/review/" + returnedApplication, "№ " + returnedApplication + " өтінішті қарау");
        waitForText(By.id("decision"), "Шешім: лицензия берілді");
        // decided: the points to judge are gone, the decision stays
        assertKazakh(kazakh, userData, "review-approved");
        logout();
    }

    /** Opens a page and switches it to Kazakh (the choice then stays until another is made). */
    private void openInKazakh(String hash, String heading) {
        browser.get("http://localhost:" + port + "/" + hash);
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        if (!"kk".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.findElement(By.cssSelector("button[data-lang=kk]")).click();
        }
        waitForHeading(heading);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
    }

    /**
     * The page in Kazakh (see {@link KazakhPage}), nothing untranslated, at 1280 px and at 390 px
     * without sideways scrolling; screenshots of both in target/screenshots.
     */
    private void assertKazakh(KazakhPage kazakh, List<String> userData, String name) {
        kazakh.assertKazakh(browser, name, userData);
        assertNothingUntranslated();
        assertThat(Translations.locale("kk").keySet().stream()
                        .filter(browser.findElement(By.tagName("body")).getText()::contains))
                .isEmpty();
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.executeScript("window.scrollTo(0, 0)");
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0) screenshot("kk-" + name + "-" + width + "-overflow");
            assertThat(overflow)
                    .as(name + " scrolls sideways at " + width + " px, past the edge: " + browser.executeScript("""
                                    const w = document.documentElement.clientWidth;
                                    return [...document.querySelectorAll('body *')]
                                      .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-wrap'))
                                      .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 60));
                                    """))
                    .isLessThanOrEqualTo(0);
            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 6000)));
            screenshot("kk-" + name + "-" + width);
        }
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    @Order(40)
    void anAccountWithATemporaryPasswordChoosesItsOwnAtTheFirstLogin() {
        var username = "officer-new";
        json(
                http(
                        "POST",
                        "/api/accounts",
                        ADMIN,
                        Map.of("username", username, "password", INITIAL_PASSWORD, "role", "OFFICER"),
                        Map.of()),
                201);
        open("#/login");
        waitForHeading("Вход");
        type(By.id("login-username"), username);
        type(By.id("login-password"), INITIAL_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitForHeading("Смена временного пароля");
        assertThat(browser.findElement(By.id("password-lead")).getText()).contains(username, "временным");
        assertThat(browser.findElements(By.id("logout")))
                .as("not logged in with the temporary password")
                .isEmpty();
        assertEveryControlIsLabelled();
        assertNothingUntranslated();

        type(By.id("password-new"), "a-password-of-my-own");
        type(By.id("password-repeat"), "a-password-of-my-0wn");
        browser.findElement(By.id("password-submit")).click();
        waitForText(By.id("password-errors"), "Пароли не совпадают.");
        type(By.id("password-new"), "too-short");
        type(By.id("password-repeat"), "too-short");
        browser.findElement(By.id("password-submit")).click();
        waitForText(By.id("password-errors"), "не короче 12 символов");
        screenshot("password-change-ru");

        type(By.id("password-new"), "a-password-of-my-own");
        type(By.id("password-repeat"), "a-password-of-my-own");
        browser.findElement(By.id("password-submit")).click();
        waitForHeading("Очередь на рассмотрение");
        assertThat(browser.findElement(By.id("whoami-name")).getText()).isEqualTo(username);
        logout();

        var me = json(http("GET", "/api/me", username, "a-password-of-my-own", null, Map.of()), 200);
        assertThat(me.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(http("GET", "/api/me", username, INITIAL_PASSWORD, null, Map.of())
                        .statusCode())
                .isEqualTo(401);
    }

    // ---------------------------------------------------------------- helpers

    /** The browser's network events since the last call (Chromium's performance log), each as JSON. */
    private List<JsonNode> drainNetworkLog() {
        return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> JSON.readTree(entry.getMessage()).get("message"))
                .filter(m -> m.at("/method").asString("").startsWith("Network."))
                .toList();
    }

    private static List<String> headerNames(JsonNode headers) {
        return headers.propertyNames().stream()
                .map(n -> n.toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    /** Every visible form control has a label: label[for], aria-label or aria-labelledby. */
    private void assertEveryControlIsLabelled() {
        @SuppressWarnings("unchecked")
        var unlabelled = (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('main input, main select, main textarea')]
                  .filter(c => c.type !== 'hidden')
                  .filter(c => !(c.id && document.querySelector(`label[for="${c.id}"]`))
                            && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby')
                            && !c.closest('label'))
                  .map(c => c.outerHTML);
                """);
        assertThat(unlabelled).isEmpty();
    }

    /** Opens a page, in Russian (the default) whatever an earlier test chose. */
    private void open(String hash) {
        browser.get("http://localhost:" + port + "/" + hash);
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        if (!"ru".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.findElement(By.cssSelector("button[data-lang=ru]")).click();
            wait.until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
    }

    private void login(String username) {
        open("#/login");
        waitForHeading("Вход");
        type(By.id("login-username"), username);
        type(By.id("login-password"), PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void logout() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
    }

    private void waitForHeading(String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
    }

    private void waitForText(By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    private void type(By field, String text) {
        var el = wait.until(ExpectedConditions.elementToBeClickable(field));
        el.clear();
        el.sendKeys(text);
    }

    /** Sets a large textarea at once (typing thousands of characters is slow) and tells the page. */
    private void setValue(WebElement textarea, String value) {
        browser.executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                textarea,
                value);
    }

    /** No "undefined" or "null" on the page, and no translation key shown instead of its text. */
    private void assertNothingUntranslated() {
        var text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).doesNotContain("undefined", "null", "NaN", "[object Object]");
        assertThat(Translations.locale("ru").keySet().stream().filter(text::contains))
                .isEmpty();
    }

    /** The whole page: the window is made as tall as the document for the shot, then restored. */
    private void fullPageScreenshot(String name) {
        browser.executeScript("window.scrollTo(0, 0)");
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 140, 8000)));
        screenshot(name);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- data through the API

    /** An item-7 application approved through the API, so the registry has a licence to find. */
    private String issueLicenceThroughTheApi() {
        licenceBin = bin();
        var org = json(
                http(
                        "POST",
                        "/api/organisations",
                        ADMIN,
                        Map.of(
                                "legalForm",
                                "LEGAL_ENTITY",
                                "taxId",
                                licenceBin,
                                "name",
                                "ТОО «Энергосбыт Север»",
                                "address",
                                "г. Астана, ул. Тестовая, 1"),
                        Map.of()),
                201);
        json(
                http(
                        "POST",
                        "/api/accounts",
                        ADMIN,
                        Map.of(
                                "username",
                                "applicant-north",
                                "password",
                                INITIAL_PASSWORD,
                                "role",
                                "APPLICANT",
                                "organisationId",
                                org.get("id").asLong()),
                        Map.of()),
                201);
        // an initial password is temporary: the applicant replaces it first
        var changed = http(
                "PUT",
                "/api/me/password",
                "applicant-north",
                INITIAL_PASSWORD,
                Map.of("currentPassword", INITIAL_PASSWORD, "newPassword", PASSWORD),
                Map.of());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        var created = http("POST", "/api/applications", "applicant-north", Map.of("activity", 7), Map.of());
        long id = json(created, 201).get("id").asLong();
        var etag = created.headers().firstValue("ETag").orElseThrow();
        json(
                http(
                        "PUT",
                        "/api/applications/" + id + "/dossier",
                        "applicant-north",
                        item7Dossier(licenceBin),
                        Map.of("If-Match", etag)),
                200);
        var api = kz.qualify.testsupport.Api.at(port);
        kz.qualify.testsupport.EvidenceFiles.attachClaimed(
                api.as("applicant-north", PASSWORD), id, item7Dossier(licenceBin));
        json(
                http(
                        "POST",
                        "/api/applications/" + id + "/submit",
                        "applicant-north",
                        null,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                201);
        json(http("POST", "/api/applications/" + id + "/review/start", OFFICER, null, Map.of()), 200);
        json(
                http(
                        "PUT",
                        "/api/applications/" + id + "/judgments/requirement:7.1",
                        OFFICER,
                        Map.of("outcome", "ACCEPTED", "comment", "директор и инженер — энергетики"),
                        Map.of()),
                200);
        kz.qualify.testsupport.EvidenceFiles.acceptEveryDocument(api.as(OFFICER, PASSWORD), id);
        var decision = json(
                http("POST", "/api/applications/" + id + "/decision", OFFICER, Map.of("outcome", "APPROVE"), Map.of()),
                200);

        var second = http("POST", "/api/applications", "applicant-north", Map.of("activity", 7), Map.of());
        returnedApplication = json(second, 201).get("id").asLong();
        json(
                http(
                        "PUT",
                        "/api/applications/" + returnedApplication + "/dossier",
                        "applicant-north",
                        item7Dossier(licenceBin).replaceAll("(?s)\"workingCapital\": \\{[^}]*},", ""),
                        Map.of("If-Match", second.headers().firstValue("ETag").orElseThrow())),
                200);
        // completed later from the bundled example: its files are there from the start
        kz.qualify.testsupport.EvidenceFiles.attachClaimed(
                api.as("applicant-north", PASSWORD), returnedApplication, bundledExample(7));
        json(
                http(
                        "POST",
                        "/api/applications/" + returnedApplication + "/submit",
                        "applicant-north",
                        null,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                201);
        return decision.get("licence").get("number").asString();
    }

    private static String bundledExample(int item) {
        try {
            return Files.readString(Translations.STATIC.resolve("examples/activity-" + item + ".json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The BIN of the organisation an applicant account belongs to. */
    private String organisationBin(String applicant) {
        long organisation = json(http("GET", "/api/me", applicant, null, Map.of()), 200)
                .get("organisationId")
                .asLong();
        return json(http("GET", "/api/organisations/" + organisation, applicant, null, Map.of()), 200)
                .get("taxId")
                .asString();
    }

    private HttpResponse<String> http(
            String method, String path, @Nullable String user, @Nullable Object body, Map<String, String> headers) {
        return http(method, path, user, PASSWORD, body, headers);
    }

    private HttpResponse<String> http(
            String method,
            String path,
            @Nullable String user,
            String password,
            @Nullable Object body,
            Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(
                                    body instanceof String s ? s : JSON.writeValueAsString(body)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int expected) {
        assertThat(response.statusCode())
                .as(response.request().uri() + " → " + response.body())
                .isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static String bin() {
        while (true) {
            var first = "%02d%02d4%06d"
                    .formatted(
                            ThreadLocalRandom.current().nextInt(0, 100),
                            ThreadLocalRandom.current().nextInt(1, 13),
                            ThreadLocalRandom.current().nextInt(0, 1_000_000));
            int check = TaxId.checkDigit(first);
            if (check < 10) return first + check;
        }
    }

    /** Meets every requirement of item 7 but 7.1, which the law leaves to the officer. */
    private static String item7Dossier(String bin) {
        return """
                {"applicant": {"legalForm": "LEGAL_ENTITY", "bin": "%s", "name": "ТОО «Энергосбыт Север»"},
                 "activity": 7, "subActivities": [], "works": [],
                 "staff": [
                  {"ref": "row-1", "fullName": "Ахметов Ерлан", "position": "Директор", "role": "MANAGER", "production": true,
                   "education": {"level": "HIGHER", "field": "ELECTRIC_POWER"}, "experienceMonths": 120},
                  {"ref": "row-2", "fullName": "Жумабекова Айгуль", "position": "Инженер", "role": "SPECIALIST",
                   "production": true, "education": {"level": "TECHNICAL_VOCATIONAL", "field": "ELECTRIC_POWER"},
                   "experienceMonths": 30}],
                 "assets": [{"ref": "office-1", "category": "consumer-office", "description": "Офис", "legalBasis": "OWNERSHIP",
                   "titleDocument": "doc-title"}],
                 "services": [
                  {"ref": "svc-1", "function": "consumer-service", "name": "Абонентская служба",
                   "order": {"number": "1", "date": "2012-06-01", "document": "doc-order"}},
                  {"ref": "svc-2", "function": "dispatch-service", "name": "Диспетчерская служба",
                   "order": {"number": "2", "date": "2012-06-01", "document": "doc-order"}}],
                 "contracts": [
                  {"ref": "c-1", "kind": "generation-supply-contract", "counterparty": "АО «Станция»", "number": "1",
                   "date": "2012-03-01", "protocolOfIntent": false, "backupSupply": true, "document": "doc-c1"},
                  {"ref": "c-2", "kind": "transmission-contract", "counterparty": "АО «Сети»", "number": "2",
                   "date": "2012-03-01", "protocolOfIntent": false, "backupSupply": false, "document": "doc-c2"}],
                 "workingCapital": {"amount": "20000000.00", "bank": "АО «Банк»", "certificateDate": "2012-10-01",
                   "certificateDocument": "doc-bank"},
                 "documents": [
                  {"id": "doc-title", "kind": "title-document", "title": "Свидетельство"},
                  {"id": "doc-order", "kind": "order", "title": "Приказ", "signedBy": "FIRST_HEAD", "sealed": true},
                  {"id": "doc-c1", "kind": "contract-copy", "title": "Договор 1"},
                  {"id": "doc-c2", "kind": "contract-copy", "title": "Договор 2"},
                  {"id": "doc-bank", "kind": "bank-certificate", "title": "Справка банка", "date": "2012-10-01"},
                  {"id": "doc-staff", "kind": "staff-summary-table", "title": "Сводная таблица"},
                  {"id": "doc-sched", "kind": "staffing-schedule", "title": "Штатное расписание"}]
                }
                """.formatted(bin);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(@Nullable Path dir) {
        if (dir == null) return;
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
