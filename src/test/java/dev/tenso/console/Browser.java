package dev.tenso.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (paths set, so Selenium Manager never
 * runs and nothing is downloaded), with a fresh profile. Waits are bounded guards against a hang,
 * not speed targets. Screenshots go to {@code target/console-screenshots/} (build artefacts).
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Path SHOTS = Path.of("target", "console-screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() {
    try {
      Path profile = Files.createTempDirectory("tenso-chromium-");
      ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--user-data-dir=" + profile, "--lang=ja");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(1400, 1000));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the console afresh and waits until its texts are in. */
  void open(String base) {
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.get(base + "/console/");
    until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  <T> T until(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
  }

  /** Waits until an element matching {@code css} holds {@code text}; returns it. */
  WebElement untilText(String css, String text) {
    return until(d -> d.findElements(By.cssSelector(css)).stream()
        .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Saves a screenshot of one element (a pane) as {@code target/console-screenshots/name.png},
   * the window made tall enough for all of it.
   */
  Path shot(String css, String name) {
    Dimension size = driver.manage().window().getSize();
    try {
      Files.createDirectories(SHOTS);
      WebElement e = find(css);
      long height = (Long) js("return Math.ceil(arguments[0].getBoundingClientRect().height)", e);
      driver.manage().window().setSize(new Dimension(size.width,
          (int) Math.max(size.height, height + 200)));
      js("arguments[0].scrollIntoView()", e);
      Path to = SHOTS.resolve(name + ".png");
      Files.copy(e.getScreenshotAs(OutputType.FILE).toPath(), to,
          StandardCopyOption.REPLACE_EXISTING);
      return to;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
