package nl.coachplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Tasklist, Cockpit and Admin work under the engine's limit on query results
 * (queryMaxResultsLimit): every request they send asks a page, none is refused.
 */
class WebappsPageBrowserTest extends BrowserTestSupport {

  /** Requests of this page that the server refused (the browser's resource timing, status 400 and up). */
  @SuppressWarnings("unchecked")
  private List<String> refusedRequests() {
    return (List<String>) ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').filter(e => e.responseStatus >= 400)"
            + ".map(e => e.responseStatus + ' ' + e.name);");
  }

  private void settle() throws InterruptedException {
    Thread.sleep(4000); // the webapps load their lists after the page
  }

  @Test
  void theCoordinatorsTasklistTheManagersCockpitAndAdmin() throws Exception {
    signIn("coordinator");
    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list .task")));
    browser.findElements(By.cssSelector(".tasks-list .task a")).get(0).click();
    settle();
    screenshot("limit-tasklist");
    assertThat(refusedRequests()).as("Tasklist").isEmpty();
    browser.get(url("/camunda/app/cockpit/default/#/processes"));
    settle();
    screenshot("limit-cockpit-coordinator");
    assertThat(refusedRequests()).as("Cockpit (coordinator)").isEmpty();

    browser.manage().deleteAllCookies();
    signIn("manager");
    browser.get(url("/camunda/app/cockpit/default/#/processes"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("lan")));
    settle();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("plan-intake").latestVersion()
        .singleResult().getId();
    browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime"));
    settle();
    screenshot("limit-cockpit-definition");
    assertThat(refusedRequests()).as("Cockpit (manager)").isEmpty();
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition).listPage(0, 1).get(0).getId();
    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime"));
    settle();
    screenshot("limit-cockpit-instance");
    assertThat(refusedRequests()).as("Cockpit instance (manager)").isEmpty();

    browser.manage().deleteAllCookies();
    signIn("admin");
    browser.get(url("/camunda/app/admin/default/#/users"));
    settle();
    screenshot("limit-admin-users");
    assertThat(refusedRequests()).as("Admin").isEmpty();
  }
}
