package kz.qualify.service.webui;

import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser the web UI's tests drive: the system's headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}, which {@code .ci/run} installs), on a throw-away profile, with
 * nothing of its own running in the background to slow a test or reach the network.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /**
     * The options every browser test starts from: headless, the profile in {@code userData}, a window
     * of the size given, Russian as the browser's language. A test adds its own preferences (the
     * language the page starts in, where downloads go) before {@link #start}.
     */
    static ChromeOptions options(Path userData, int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + userData,
                "--window-size=" + width + "," + height,
                "--lang=ru-RU");
        return options;
    }

    /** The browser, driven through a chromedriver of its own on a free port. */
    static ChromeDriver start(ChromeOptions options) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
