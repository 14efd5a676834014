package com.bizosaas.it;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which test.sh installs)
 * on the Arquillian-managed server's consoles. Each browser has its own profile, so its own session.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        base = "http://127.0.0.1:" + (8080 + TestEnvironment.arquillianPortOffset());
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** A full URL the application handed out (an invitation link). */
    public Browser openUrl(String url) {
        driver.get(url);
        return this;
    }

    public Browser signIn(String email, String password) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        click("login:submit");
        return this;
    }

    /**
     * Types into a field, finding it again if the page replaced it meanwhile (a navigation that was still under
     * way, a re-render): Chrome then reports the old node as stale or as not belonging to the document.
     */
    public void type(String id, String text) {
        try {
            typeInto(id, text);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no field " + id + " to type into on " + driver.getCurrentUrl() + keepEvidence()
                    + "; the page said:\n" + text(), e);
        }
    }

    private void typeInto(String id, String text) {
        waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                WebElement field = d.findElement(By.id(id));
                if (!field.isDisplayed()) {
                    return false;
                }
                field.clear();
                field.sendKeys(text);
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    public void click(String id) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Clicks the element once it can be clicked. Pages that refresh themselves (the task list every 2 s) may replace
     * the element between finding and clicking it: then it is found again, rather than failing on a stale reference.
     */
    public void click(By by) {
        waitFor().until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Waits until a table row that holds {@code key} (a task's input, say) also shows {@code text} (its state). */
    public void awaitRow(String key, String text) {
        By rows = By.xpath("//tr[contains(., '" + key + "')]");
        try {
            waitFor().until(d -> d.findElements(rows).stream().anyMatch(row -> row.getText().contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no row with \"" + key + "\" showed \"" + text + "\" on " + driver.getCurrentUrl()
                    + keepEvidence() + "; the page said:\n" + text(), e);
        }
    }

    /** Waits until the page shows {@code text} somewhere. */
    public void awaitText(String text) {
        try {
            waitFor().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("\"" + text + "\" did not show on " + driver.getCurrentUrl() + keepEvidence() + "; the page said:\n" + text(), e);
        }
    }

    /** A screenshot and the page source in target/browser-failures, for the failure message to point at. */
    private String keepEvidence() {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("it.work.dir", "target"), "browser-failures");
            java.nio.file.Files.createDirectories(dir);
            String name = "page-" + System.nanoTime();
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
            java.nio.file.Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            return " (screenshot and source: " + dir.resolve(name) + ".png/.html)";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * Saves what the browser shows as {@code <it.work.dir>/screenshots/<name>.png} (it/target/screenshots), for the
     * README's pictures of the consoles ({@code docs/screenshots}, copied from there by hand). With {@code focus},
     * that element is scrolled to the top of the window first. A screenshot that cannot be taken or written is
     * logged, never a failure: it proves nothing.
     */
    public void screenshot(String name, By... focus) {
        try {
            if (focus.length > 0) {
                script("arguments[0].scrollIntoView({block: 'start'});", driver.findElement(focus[0]));
            }
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("it.work.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " not saved: " + e);
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The text of every element found, in page order (a table's rows, say). */
    public java.util.List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement visible(By by) {
        try {
            return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(by + " did not show on " + driver.getCurrentUrl() + keepEvidence() + "; the page said:\n" + text(), e);
        }
    }

    /** Runs JavaScript in the page, as a user with the browser's developer tools could. */
    public Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    private WebDriverWait waitFor() {
        // a full page load replaces the body under the condition: look again rather than fail
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
