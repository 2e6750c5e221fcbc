package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real browser (Debian's chromium, installed by .ci/run) against the application with the
 * Soest demo. Skipped where chromium is not installed, so {@code ./mvnw verify} also runs on a
 * machine with only Java and Maven.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
abstract class BrowserTestSupport {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.ProcessEngine engine;
  WebDriver browser;
  WebDriverWait wait;
  private Path profile;

  @BeforeEach
  void openBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromedriver are not installed");
    nl.coachplan.EngineRegistration.ensure(engine);
    profile = Files.createTempDirectory("coachplan-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--lang=nl", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      // Per test, so a failed one keeps the page it ended on.
      screenshot("last-" + getClass().getSimpleName() + test.getTestMethod().map(method -> "-" + method.getName()).orElse(""));
      browser.quit();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Signs in once on Coachplan's login page; the session then opens the Camunda webapps and our pages alike. */
  void signIn(String user) {
    browser.get(url("/login"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  WebElement reach(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  /** Whether the element shows wholly within the window's width. */
  boolean within(WebElement element) {
    Number inner = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    return element.isDisplayed() && element.getRect().getX() >= 0
        && element.getRect().getX() + element.getRect().getWidth() <= inner.intValue();
  }

  void assertNoHorizontalScroll(String page) {
    Boolean fits = (Boolean) ((JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    assertThat(fits).as("no horizontal scrolling on %s", page).isTrue();
  }

  /** Presses a button and waits for the page its form brings (the page shown before may carry an older answer). */
  void press(String id) {
    answerTo(() -> reach(browser.findElement(By.id(id))).click());
  }

  /** Sends a form as {@code send} does and waits until the page shown before it has gone. */
  void answerTo(Runnable send) {
    WebElement before = browser.findElement(By.tagName("html"));
    send.run();
    wait.until(gone(before));
  }

  // Mid-swap, chromium reports an element of the page being replaced not as stale but as a node that
  // "does not belong to the document": both mean the old page has gone.
  private static ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
          return true;
        }
        throw e;
      }
    };
  }
}
